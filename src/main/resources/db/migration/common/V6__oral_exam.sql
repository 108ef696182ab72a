-- Oral exams: examiners with what they may examine, their availability and conflicts; exam days
-- with rooms; planned exams with the scoring form frozen at planning; each examiner's own form;
-- the agreed form in versions (a board correction is a new version); and the mail outbox that
-- carries the invitations.

CREATE SEQUENCE oral_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE examiner (
    id                BIGINT PRIMARY KEY,
    account_username  VARCHAR(80)  NOT NULL,
    full_name         VARCHAR(200) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    version           BIGINT NOT NULL,
    CONSTRAINT examiner_account_unique UNIQUE (account_username)
);

CREATE TABLE examiner_title (
    examiner_id  BIGINT NOT NULL,
    title        VARCHAR(20) NOT NULL,
    CONSTRAINT examiner_title_pk PRIMARY KEY (examiner_id, title),
    CONSTRAINT examiner_title_fk FOREIGN KEY (examiner_id) REFERENCES examiner (id)
);

CREATE TABLE examiner_provider (
    examiner_id    BIGINT NOT NULL,
    provider_code  VARCHAR(40) NOT NULL,
    CONSTRAINT examiner_provider_pk PRIMARY KEY (examiner_id, provider_code),
    CONSTRAINT examiner_provider_fk FOREIGN KEY (examiner_id) REFERENCES examiner (id)
);

CREATE TABLE examiner_availability (
    examiner_id  BIGINT NOT NULL,
    available_on DATE NOT NULL,
    day_part     VARCHAR(12) NOT NULL,
    CONSTRAINT examiner_availability_pk PRIMARY KEY (examiner_id, available_on, day_part),
    CONSTRAINT examiner_availability_fk FOREIGN KEY (examiner_id) REFERENCES examiner (id)
);

CREATE TABLE examiner_conflict (
    examiner_id       BIGINT NOT NULL,
    candidate_number  VARCHAR(8) NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    declared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT examiner_conflict_pk PRIMARY KEY (examiner_id, candidate_number),
    CONSTRAINT examiner_conflict_fk FOREIGN KEY (examiner_id) REFERENCES examiner (id)
);

CREATE TABLE oral_exam_day (
    id          BIGINT PRIMARY KEY,
    exam_date   DATE NOT NULL,
    location    VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(80) NOT NULL,
    version     BIGINT NOT NULL
);

CREATE TABLE oral_room (
    id          BIGINT PRIMARY KEY,
    day_id      BIGINT NOT NULL,
    name        VARCHAR(100) NOT NULL,
    video_link  VARCHAR(500),
    CONSTRAINT oral_room_name_unique UNIQUE (day_id, name),
    CONSTRAINT oral_room_day_fk FOREIGN KEY (day_id) REFERENCES oral_exam_day (id)
);

-- Eligibility the board marked by hand (a passed written exam makes a candidate eligible without it).
CREATE TABLE oral_eligibility (
    candidate_number  VARCHAR(8)  NOT NULL,
    title             VARCHAR(20) NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    marked_by         VARCHAR(80) NOT NULL,
    marked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT oral_eligibility_pk PRIMARY KEY (candidate_number, title)
);

CREATE TABLE oral_exam (
    id                    BIGINT PRIMARY KEY,
    candidate_number      VARCHAR(8)  NOT NULL,
    title                 VARCHAR(20) NOT NULL,
    room_id               BIGINT NOT NULL,
    starts_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    exam_minutes          INTEGER NOT NULL,
    deliberation_minutes  INTEGER NOT NULL,
    chair_username        VARCHAR(80) NOT NULL,
    second_username       VARCHAR(80) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    calendar_uid          VARCHAR(120) NOT NULL,
    calendar_sequence     INTEGER NOT NULL,
    scheme_code           VARCHAR(80) NOT NULL,
    scale_code            VARCHAR(80) NOT NULL,
    minimum_level         INTEGER NOT NULL,
    reason_at_or_below    INTEGER NOT NULL,
    gap_needing_reason    INTEGER NOT NULL,
    released_at           TIMESTAMP WITH TIME ZONE,
    released_by           VARCHAR(80),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(80) NOT NULL,
    version               BIGINT NOT NULL,
    CONSTRAINT oral_exam_uid_unique UNIQUE (calendar_uid),
    CONSTRAINT oral_exam_room_fk FOREIGN KEY (room_id) REFERENCES oral_room (id)
);
CREATE INDEX oral_exam_candidate_idx ON oral_exam (candidate_number);
CREATE INDEX oral_exam_starts_idx ON oral_exam (starts_at);

-- The form as it was when the exam was planned: later changes of exam-content never reach it.
CREATE TABLE oral_form_competence (
    exam_id      BIGINT NOT NULL,
    position     INTEGER NOT NULL,
    code         VARCHAR(80)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    core         BOOLEAN NOT NULL,
    definition   VARCHAR(2000) NOT NULL,
    indicators   VARCHAR(8000) NOT NULL,
    CONSTRAINT oral_form_competence_pk PRIMARY KEY (exam_id, position),
    CONSTRAINT oral_form_competence_fk FOREIGN KEY (exam_id) REFERENCES oral_exam (id)
);

CREATE TABLE oral_form_level (
    exam_id      BIGINT NOT NULL,
    level_value  INTEGER NOT NULL,
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    CONSTRAINT oral_form_level_pk PRIMARY KEY (exam_id, level_value),
    CONSTRAINT oral_form_level_fk FOREIGN KEY (exam_id) REFERENCES oral_exam (id)
);

-- Planning, rescheduling and cancelling, as they happened.
CREATE TABLE oral_exam_change (
    id               BIGINT PRIMARY KEY,
    exam_id          BIGINT NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(80) NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    room_id          BIGINT NOT NULL,
    chair_username   VARCHAR(80) NOT NULL,
    second_username  VARCHAR(80) NOT NULL,
    reason           VARCHAR(1000),
    CONSTRAINT oral_exam_change_fk FOREIGN KEY (exam_id) REFERENCES oral_exam (id)
);
CREATE INDEX oral_exam_change_exam_idx ON oral_exam_change (exam_id);

CREATE TABLE oral_sheet (
    id                 BIGINT PRIMARY KEY,
    exam_id            BIGINT NOT NULL,
    examiner_username  VARCHAR(80) NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT NOT NULL,
    CONSTRAINT oral_sheet_unique UNIQUE (exam_id, examiner_username),
    CONSTRAINT oral_sheet_exam_fk FOREIGN KEY (exam_id) REFERENCES oral_exam (id)
);

CREATE TABLE oral_sheet_rating (
    sheet_id     BIGINT NOT NULL,
    competence   VARCHAR(80) NOT NULL,
    level_value  INTEGER,
    reason       VARCHAR(4000),
    notes        VARCHAR(4000),
    CONSTRAINT oral_sheet_rating_pk PRIMARY KEY (sheet_id, competence),
    CONSTRAINT oral_sheet_rating_fk FOREIGN KEY (sheet_id) REFERENCES oral_sheet (id)
);

-- The agreed form. Version 1 is the examiners' agreement; a board correction adds a version.
CREATE TABLE oral_verdict (
    id                BIGINT PRIMARY KEY,
    exam_id           BIGINT NOT NULL,
    version_no        INTEGER NOT NULL,
    status            VARCHAR(20) NOT NULL,
    passed            BOOLEAN,
    deciding          VARCHAR(2000),
    finalised_at      TIMESTAMP WITH TIME ZONE,
    finalised_by      VARCHAR(80),
    chair_signed_at   TIMESTAMP WITH TIME ZONE,
    second_signed_at  TIMESTAMP WITH TIME ZONE,
    correction_reason VARCHAR(2000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(80) NOT NULL,
    version           BIGINT NOT NULL,
    CONSTRAINT oral_verdict_version_unique UNIQUE (exam_id, version_no),
    CONSTRAINT oral_verdict_exam_fk FOREIGN KEY (exam_id) REFERENCES oral_exam (id)
);

CREATE TABLE oral_verdict_rating (
    verdict_id   BIGINT NOT NULL,
    competence   VARCHAR(80) NOT NULL,
    level_value  INTEGER,
    reason       VARCHAR(4000),
    notes        VARCHAR(4000),
    CONSTRAINT oral_verdict_rating_pk PRIMARY KEY (verdict_id, competence),
    CONSTRAINT oral_verdict_rating_fk FOREIGN KEY (verdict_id) REFERENCES oral_verdict (id)
);

-- Mail is written here in the transaction that decides it, and sent after the commit (retried
-- until the SMTP server takes it), so a planned exam never goes without its invitation.
CREATE TABLE mail_outbox (
    id               BIGINT PRIMARY KEY,
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    calendar         VARCHAR(16000),
    calendar_method  VARCHAR(10),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER NOT NULL,
    last_error       VARCHAR(1000),
    version          BIGINT NOT NULL
);
CREATE INDEX mail_outbox_unsent_idx ON mail_outbox (sent_at);
