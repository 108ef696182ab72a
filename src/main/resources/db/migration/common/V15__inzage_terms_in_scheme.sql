-- How long a candidate may ask for an inspection, and the longest window the board may plan, are
-- the exam board's rules, kept with the scheme in exam-content/ like its other numbers. The defaults
-- are the values the code used before; the next content import sets them from the scheme.
ALTER TABLE certification_scheme ADD COLUMN inzage_request_days INT DEFAULT 42 NOT NULL;
ALTER TABLE certification_scheme ADD COLUMN inzage_longest_window_days INT DEFAULT 14 NOT NULL;

-- A session keeps the deadline its result mail told the candidates, even when the scheme's term
-- changes later. Sessions already published had the old six weeks.
ALTER TABLE exam_session ADD COLUMN inzage_request_until TIMESTAMP WITH TIME ZONE;
UPDATE exam_session SET inzage_request_until = published_at + INTERVAL '42' DAY WHERE published_at IS NOT NULL;
