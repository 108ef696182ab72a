-- Until publication the board may set a closed session's cut score by the blueprint's alternative
-- method (Cohen-Schotanus: from the best candidates of the session) instead of the fixed percentage
-- of the maximum. The session keeps the fixed percentage, the method in force and, under
-- Cohen-Schotanus, the percentage it gave, so that either choice can be undone before publication.
ALTER TABLE exam_session ADD COLUMN cut_score_method VARCHAR(30) DEFAULT 'PERCENTAGE_OF_MAXIMUM' NOT NULL;
ALTER TABLE exam_session ADD COLUMN alternative_cut_score_method VARCHAR(30);
ALTER TABLE exam_session ADD COLUMN cohen_schotanus_percentage DECIMAL(5,2);
ALTER TABLE exam_session ADD CONSTRAINT exam_session_cut_score_method_known
    CHECK (cut_score_method IN ('PERCENTAGE_OF_MAXIMUM', 'COHEN_SCHOTANUS'));
ALTER TABLE exam_session ADD CONSTRAINT exam_session_cohen_schotanus_percentage_set
    CHECK (cut_score_method <> 'COHEN_SCHOTANUS' OR cohen_schotanus_percentage IS NOT NULL);
UPDATE exam_session SET alternative_cut_score_method =
    (SELECT b.alternative_cut_score_method FROM blueprint b WHERE b.code = exam_session.blueprint_code);
