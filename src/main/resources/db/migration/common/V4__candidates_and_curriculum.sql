-- The candidate register, providers' API keys, and the curriculum: modules, attendance records and
-- each candidate's hours per theme (kept up to date with the records, so that admission for ten
-- thousand candidates is read, not recomputed from half a million records).

-- A candidate's number is derived from its id (with a check digit), so it is issued once and never reused.
CREATE SEQUENCE candidate_seq START WITH 50 INCREMENT BY 50;

-- One row: registering a candidate holds it, so two providers registering the same person at the
-- same moment do not create two candidates.
CREATE TABLE candidate_registration_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO candidate_registration_lock (id) VALUES (1);

CREATE TABLE candidate (
    id                BIGINT PRIMARY KEY,
    candidate_number  VARCHAR(8)   NOT NULL,
    full_name         VARCHAR(200) NOT NULL,
    name_key          VARCHAR(200) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    date_of_birth     DATE NOT NULL,
    account_username  VARCHAR(80),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(120) NOT NULL,
    version           BIGINT NOT NULL,
    CONSTRAINT candidate_number_unique UNIQUE (candidate_number),
    CONSTRAINT candidate_account_unique UNIQUE (account_username)
);
CREATE INDEX candidate_email_idx ON candidate (email);
CREATE INDEX candidate_name_birth_idx ON candidate (name_key, date_of_birth);

-- Which candidates a provider may see: those it recorded hours for (even if a record was later withdrawn).
CREATE TABLE provider_candidate (
    provider_id   BIGINT NOT NULL,
    candidate_id  BIGINT NOT NULL,
    since         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT provider_candidate_pk PRIMARY KEY (provider_id, candidate_id),
    CONSTRAINT provider_candidate_provider_fk FOREIGN KEY (provider_id) REFERENCES provider_organisation (id),
    CONSTRAINT provider_candidate_candidate_fk FOREIGN KEY (candidate_id) REFERENCES candidate (id)
);

CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_key (
    id             BIGINT PRIMARY KEY,
    provider_id    BIGINT NOT NULL,
    prefix         VARCHAR(16)  NOT NULL,
    secret_hash    VARCHAR(64)  NOT NULL,
    label          VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(120) NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_by     VARCHAR(120),
    version        BIGINT NOT NULL,
    CONSTRAINT api_key_prefix_unique UNIQUE (prefix),
    CONSTRAINT api_key_provider_fk FOREIGN KEY (provider_id) REFERENCES provider_organisation (id)
);

CREATE SEQUENCE curriculum_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE training_module (
    id                BIGINT PRIMARY KEY,
    provider_id       BIGINT NOT NULL,
    code              VARCHAR(40)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    theme_code        VARCHAR(80)  NOT NULL,
    contact_hours     DECIMAL(7,2) NOT NULL,
    study_load_hours  DECIMAL(7,2) NOT NULL,
    active            BOOLEAN NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL,
    CONSTRAINT training_module_code_unique UNIQUE (provider_id, code),
    CONSTRAINT training_module_provider_fk FOREIGN KEY (provider_id) REFERENCES provider_organisation (id)
);

CREATE TABLE training_module_outcome (
    module_id     BIGINT NOT NULL,
    outcome_code  VARCHAR(40) NOT NULL,
    CONSTRAINT training_module_outcome_pk PRIMARY KEY (module_id, outcome_code),
    CONSTRAINT training_module_outcome_fk FOREIGN KEY (module_id) REFERENCES training_module (id)
);

CREATE TABLE attendance_record (
    id                BIGINT PRIMARY KEY,
    provider_id       BIGINT NOT NULL,
    provider_row_id   VARCHAR(80)  NOT NULL,
    candidate_id      BIGINT NOT NULL,
    module_id         BIGINT NOT NULL,
    theme_code        VARCHAR(80)  NOT NULL,
    attended_on       DATE NOT NULL,
    contact_hours     DECIMAL(7,2) NOT NULL,
    study_load_hours  DECIMAL(7,2) NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       VARCHAR(120) NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE,
    changed_by        VARCHAR(120),
    change_reason     VARCHAR(500),
    version           BIGINT NOT NULL,
    CONSTRAINT attendance_row_unique UNIQUE (provider_id, provider_row_id),
    CONSTRAINT attendance_provider_fk FOREIGN KEY (provider_id) REFERENCES provider_organisation (id),
    CONSTRAINT attendance_candidate_fk FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT attendance_module_fk FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT attendance_status_known CHECK (status IN ('ACTIVE', 'WITHDRAWN', 'VOIDED'))
);
CREATE INDEX attendance_candidate_idx ON attendance_record (candidate_id);

-- Per candidate and theme, the sum of the candidate's ACTIVE records; rewritten for a candidate
-- in the same transaction as any change to that candidate's records.
CREATE TABLE candidate_hours (
    candidate_id      BIGINT NOT NULL,
    theme_code        VARCHAR(80) NOT NULL,
    contact_hours     DECIMAL(9,2) NOT NULL,
    study_load_hours  DECIMAL(9,2) NOT NULL,
    CONSTRAINT candidate_hours_pk PRIMARY KEY (candidate_id, theme_code),
    CONSTRAINT candidate_hours_candidate_fk FOREIGN KEY (candidate_id) REFERENCES candidate (id)
);
