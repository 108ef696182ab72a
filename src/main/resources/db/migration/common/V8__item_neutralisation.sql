-- The exam board's decision, after item analysis, that an item of a closed session does not count
-- as written: every candidate whose form held it gets its point (CREDIT), or it leaves the
-- maximum (DROP). One decision per item version and session; the attempts are rescored with it.
CREATE TABLE item_neutralisation (
    session_id       BIGINT NOT NULL,
    item_version_id  BIGINT NOT NULL,
    mode             VARCHAR(10) NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    decided_by       VARCHAR(100) NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT item_neutralisation_pk PRIMARY KEY (session_id, item_version_id),
    CONSTRAINT item_neutralisation_session_fk FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT item_neutralisation_version_fk FOREIGN KEY (item_version_id) REFERENCES item_version (id),
    CONSTRAINT item_neutralisation_mode_known CHECK (mode IN ('CREDIT', 'DROP'))
);
