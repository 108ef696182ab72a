/**
 * Accounts, roles and log-in. Four roles (candidate, examiner, provider staff, exam board); a
 * provider account belongs to one training provider organisation and sees only its own. Form log-in
 * for people and HTTP Basic for API clients share one authentication mechanism
 * ({@code security/ExamenkamerAuthentication}); passwords are PBKDF2-SHA512 hashes; five failed
 * log-ins lock an account for a while ({@link nl.examenkamer.identity.LoginThrottle}). Only the
 * board creates accounts and resets passwords; every change is audited.
 */
package nl.examenkamer.identity;
