-- The dates an examiner answered for, also with "not available" (no part of the day). Before this an
-- examiner who said no could not be told from one who never answered, so the board's reminder asked both
-- and the examiner's home page kept waiting for an answer they had given.
CREATE TABLE examiner_answered_period (
    examiner_id     BIGINT NOT NULL,
    answered_from   DATE NOT NULL,
    answered_until  DATE NOT NULL,
    CONSTRAINT examiner_answered_period_pk PRIMARY KEY (examiner_id, answered_from, answered_until),
    CONSTRAINT examiner_answered_period_fk FOREIGN KEY (examiner_id) REFERENCES examiner (id)
);

-- Whoever gave a part of a date has answered for it; who said no before this cannot be known any more.
INSERT INTO examiner_answered_period (examiner_id, answered_from, answered_until)
SELECT DISTINCT examiner_id, available_on, available_on FROM examiner_availability;
