-- A mail that could not be sent waits longer after each failure (see MailRetry) instead of being
-- tried every 3 s and given up after a minute: an SMTP server down for an hour lost invitations.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
-- mail that was still being retried goes on being retried under the new rule
UPDATE mail_outbox SET next_attempt_at = CURRENT_TIMESTAMP WHERE sent_at IS NULL AND attempts BETWEEN 1 AND 19;
