-- The written exam: sessions planned by the board, enrolments with accommodations, and attempts.
-- A session freezes the item versions it may draw from when it is created (exam_session_pool),
-- so an attempt's form can be rebuilt exactly from its seed, whatever the bank does later.
-- Attempts and their items are written by plain JDBC on the exam-day hot path.

CREATE SEQUENCE written_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE exam_session (
    id                        BIGINT PRIMARY KEY,
    code                      VARCHAR(40)  NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    blueprint_code            VARCHAR(80)  NOT NULL,
    title                     VARCHAR(10)  NOT NULL,
    exam_date                 DATE NOT NULL,
    window_start              TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end                TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes          INTEGER NOT NULL,
    item_count                INTEGER NOT NULL,
    cut_score_percentage      DECIMAL(5,2) NOT NULL,
    default_extra_percentage  INTEGER NOT NULL,
    location                  VARCHAR(200),
    capacity                  INTEGER NOT NULL,
    access_code               VARCHAR(12)  NOT NULL,
    status                    VARCHAR(10)  NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                VARCHAR(120) NOT NULL,
    closed_at                 TIMESTAMP WITH TIME ZONE,
    published_at              TIMESTAMP WITH TIME ZONE,
    version                   BIGINT NOT NULL,
    CONSTRAINT exam_session_code_unique UNIQUE (code),
    CONSTRAINT exam_session_status_known CHECK (status IN ('SCHEDULED', 'CLOSED', 'PUBLISHED'))
);

CREATE TABLE exam_session_cell (
    session_id    BIGINT NOT NULL,
    position      INTEGER NOT NULL,
    theme_code    VARCHAR(80) NOT NULL,
    legal_domain  VARCHAR(60) NOT NULL,
    item_count    INTEGER NOT NULL,
    CONSTRAINT exam_session_cell_pk PRIMARY KEY (session_id, position),
    CONSTRAINT exam_session_cell_fk FOREIGN KEY (session_id) REFERENCES exam_session (id)
);

CREATE TABLE exam_session_pool (
    session_id       BIGINT NOT NULL,
    cell_position    INTEGER NOT NULL,
    item_version_id  BIGINT NOT NULL,
    CONSTRAINT exam_session_pool_pk PRIMARY KEY (session_id, cell_position, item_version_id),
    CONSTRAINT exam_session_pool_session_fk FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT exam_session_pool_item_fk FOREIGN KEY (item_version_id) REFERENCES item_version (id)
);

CREATE TABLE enrolment (
    id                     BIGINT PRIMARY KEY,
    session_id             BIGINT NOT NULL,
    candidate_id           BIGINT NOT NULL,
    extra_time_percentage  INTEGER NOT NULL,
    accommodation_reason   VARCHAR(500),
    extra_minutes          INTEGER NOT NULL,
    enrolled_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    enrolled_by            VARCHAR(120) NOT NULL,
    version                BIGINT NOT NULL,
    CONSTRAINT enrolment_unique UNIQUE (session_id, candidate_id),
    CONSTRAINT enrolment_session_fk FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT enrolment_candidate_fk FOREIGN KEY (candidate_id) REFERENCES candidate (id)
);

CREATE SEQUENCE attempt_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE attempt (
    id            BIGINT PRIMARY KEY,
    session_id    BIGINT NOT NULL,
    enrolment_id  BIGINT NOT NULL,
    seed          BIGINT NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    status        VARCHAR(12) NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    raw_score     INTEGER,
    max_score     INTEGER,
    percentage    DECIMAL(5,2),
    grade         DECIMAL(3,1),
    passed        BOOLEAN,
    CONSTRAINT attempt_enrolment_unique UNIQUE (enrolment_id),
    CONSTRAINT attempt_session_fk FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT attempt_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT attempt_status_known CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'TIMED_OUT', 'CLOSED'))
);
CREATE INDEX attempt_open_idx ON attempt (status, deadline);
CREATE INDEX attempt_session_idx ON attempt (session_id);

-- One row per item of the form. client_seq starts at 0: the first save carries 1 or more.
CREATE TABLE attempt_item (
    attempt_id       BIGINT NOT NULL,
    position         INTEGER NOT NULL,
    item_version_id  BIGINT NOT NULL,
    option_order     VARCHAR(20) NOT NULL,
    answer           VARCHAR(20),
    flagged          BOOLEAN NOT NULL,
    client_seq       BIGINT NOT NULL,
    saved_at         TIMESTAMP WITH TIME ZONE,
    correct          BOOLEAN,
    CONSTRAINT attempt_item_pk PRIMARY KEY (attempt_id, position),
    CONSTRAINT attempt_item_attempt_fk FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT attempt_item_version_fk FOREIGN KEY (item_version_id) REFERENCES item_version (id)
);

CREATE TABLE attempt_theme_score (
    attempt_id  BIGINT NOT NULL,
    theme_code  VARCHAR(80) NOT NULL,
    raw_score   INTEGER NOT NULL,
    max_score   INTEGER NOT NULL,
    CONSTRAINT attempt_theme_score_pk PRIMARY KEY (attempt_id, theme_code),
    CONSTRAINT attempt_theme_score_fk FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
