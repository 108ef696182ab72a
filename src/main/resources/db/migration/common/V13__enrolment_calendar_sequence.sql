-- An enrolment's accommodation can change before the start; each change sends a new version of the
-- candidate's calendar event, and a later withdrawal must cancel with a higher version still.
ALTER TABLE enrolment ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;
