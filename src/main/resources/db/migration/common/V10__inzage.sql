-- A candidate's inspection (inzage) of their scored written exam once the results are published:
-- the candidate asks within six weeks of publication (the term for an objection, which the
-- inspection serves), the exam board plans a window, and inside it the candidate reads their own
-- form with their answers, the key, the rationale and the legal sources. One per attempt.
CREATE TABLE inzage (
    id               BIGINT PRIMARY KEY,
    attempt_id       BIGINT NOT NULL,
    session_id       BIGINT NOT NULL,
    enrolment_id     BIGINT NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note             VARCHAR(1000),
    opens_at         TIMESTAMP WITH TIME ZONE,
    closes_at        TIMESTAMP WITH TIME ZONE,
    planned_by       VARCHAR(120),
    planned_at       TIMESTAMP WITH TIME ZONE,
    first_viewed_at  TIMESTAMP WITH TIME ZONE,
    version          BIGINT NOT NULL,
    CONSTRAINT inzage_attempt_unique UNIQUE (attempt_id),
    CONSTRAINT inzage_attempt_fk FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT inzage_session_fk FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT inzage_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT inzage_window_order CHECK (closes_at IS NULL OR closes_at > opens_at)
);

CREATE INDEX inzage_session_idx ON inzage (session_id);
