/**
 * The append-only record of every decision that matters: scores, neutralisations, publications,
 * admissions, registrations, account and role changes. Each entry says who, when, what, on which
 * object and why. Features call {@link nl.examenkamer.audit.AuditLog#record} inside their own
 * transaction, so a decision and its audit row commit or roll back together. Nothing in the
 * application updates or deletes an entry; on PostgreSQL a trigger refuses it as well.
 */
package nl.examenkamer.audit;
