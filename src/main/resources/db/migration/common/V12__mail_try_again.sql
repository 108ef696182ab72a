-- The board can have a mail given up on tried again; the three days of retries then run from that
-- request instead of from when the mail was queued (see OutboxMail.tryAgain).
ALTER TABLE mail_outbox ADD COLUMN retry_from TIMESTAMP WITH TIME ZONE;
