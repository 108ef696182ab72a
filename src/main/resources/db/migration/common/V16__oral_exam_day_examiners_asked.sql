-- When the board last asked its examiners for their availability on an exam day: shown beside the day,
-- so that a board that asks again knows it is sending a reminder.
ALTER TABLE oral_exam_day ADD COLUMN examiners_asked_at TIMESTAMP WITH TIME ZONE;
