-- Where the item analysis flags an item (p too low or too high, Rir too low) is the exam board's
-- rule, kept with the scheme in exam-content/ like its other numbers. The defaults are the values
-- the code used before; the next content import sets them from the scheme.
ALTER TABLE certification_scheme ADD COLUMN analysis_min_p DECIMAL(4,3) DEFAULT 0.30 NOT NULL;
ALTER TABLE certification_scheme ADD COLUMN analysis_max_p DECIMAL(4,3) DEFAULT 0.95 NOT NULL;
ALTER TABLE certification_scheme ADD COLUMN analysis_min_rir DECIMAL(4,3) DEFAULT 0.10 NOT NULL;
