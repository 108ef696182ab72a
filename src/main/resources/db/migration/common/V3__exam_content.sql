-- exam-content as imported: legal sources, curriculum themes and learning outcomes, competence
-- frameworks and rating scales, schemes, blueprints and the versioned item bank.
-- Items are versioned: a version is never changed once written, so exam forms can point at it.

CREATE SEQUENCE content_seq START WITH 50 INCREMENT BY 50;

-- One row: an import holds it (SELECT ... FOR UPDATE) so two instances never import at once.
CREATE TABLE content_lock (
    id         INTEGER PRIMARY KEY,
    held_since TIMESTAMP WITH TIME ZONE
);
INSERT INTO content_lock (id) VALUES (1);

CREATE TABLE content_import (
    id                BIGINT PRIMARY KEY,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by       VARCHAR(80)  NOT NULL,
    origin            VARCHAR(300) NOT NULL,
    digest            VARCHAR(64)  NOT NULL,
    items_added       INTEGER NOT NULL,
    versions_added    INTEGER NOT NULL,
    items_updated     INTEGER NOT NULL,
    items_retired     INTEGER NOT NULL,
    other_changes     INTEGER NOT NULL
);

CREATE TABLE legal_source (
    id              BIGINT PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    act             VARCHAR(200) NOT NULL,
    act_abbreviation VARCHAR(40) NOT NULL,
    citation        VARCHAR(200) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    effective_from  DATE NOT NULL,
    checked_on      DATE NOT NULL,
    url             VARCHAR(500),
    note            VARCHAR(2000),
    active          BOOLEAN NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT legal_source_code_unique UNIQUE (code)
);

CREATE TABLE curriculum_theme (
    id        BIGINT PRIMARY KEY,
    code      VARCHAR(80)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    position  INTEGER NOT NULL,
    source    VARCHAR(300) NOT NULL,
    active    BOOLEAN NOT NULL,
    version   BIGINT NOT NULL,
    CONSTRAINT curriculum_theme_code_unique UNIQUE (code)
);

CREATE TABLE learning_outcome (
    theme_id  BIGINT NOT NULL,
    position  INTEGER NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    level     VARCHAR(10)  NOT NULL,
    grp       VARCHAR(100),
    text      VARCHAR(1000) NOT NULL,
    CONSTRAINT learning_outcome_pk PRIMARY KEY (theme_id, position),
    CONSTRAINT learning_outcome_theme_fk FOREIGN KEY (theme_id) REFERENCES curriculum_theme (id)
);

CREATE TABLE competence (
    id                 BIGINT PRIMARY KEY,
    code               VARCHAR(80)  NOT NULL,
    scheme_code        VARCHAR(80)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    scope              VARCHAR(10)  NOT NULL,
    position           INTEGER NOT NULL,
    definition         VARCHAR(2000) NOT NULL,
    definition_source  VARCHAR(300) NOT NULL,
    note               VARCHAR(2000),
    active             BOOLEAN NOT NULL,
    version            BIGINT NOT NULL,
    CONSTRAINT competence_code_unique UNIQUE (code)
);

CREATE TABLE competence_title (
    competence_id BIGINT NOT NULL,
    title         VARCHAR(10) NOT NULL,
    CONSTRAINT competence_title_pk PRIMARY KEY (competence_id, title),
    CONSTRAINT competence_title_fk FOREIGN KEY (competence_id) REFERENCES competence (id)
);

CREATE TABLE competence_indicator (
    competence_id BIGINT NOT NULL,
    position      INTEGER NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    source        VARCHAR(300) NOT NULL,
    CONSTRAINT competence_indicator_pk PRIMARY KEY (competence_id, position),
    CONSTRAINT competence_indicator_fk FOREIGN KEY (competence_id) REFERENCES competence (id)
);

CREATE TABLE rating_scale (
    id       BIGINT PRIMARY KEY,
    code     VARCHAR(80)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    active   BOOLEAN NOT NULL,
    version  BIGINT NOT NULL,
    CONSTRAINT rating_scale_code_unique UNIQUE (code)
);

CREATE TABLE rating_level (
    scale_id     BIGINT NOT NULL,
    rating       INTEGER NOT NULL,
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    source       VARCHAR(300) NOT NULL,
    CONSTRAINT rating_level_pk PRIMARY KEY (scale_id, rating),
    CONSTRAINT rating_level_scale_fk FOREIGN KEY (scale_id) REFERENCES rating_scale (id)
);

CREATE TABLE certification_scheme (
    id                              BIGINT PRIMARY KEY,
    code                            VARCHAR(80)  NOT NULL,
    name                            VARCHAR(200) NOT NULL,
    register                        VARCHAR(80)  NOT NULL,
    min_contact_hours               DECIMAL(8,2) NOT NULL,
    min_study_load_hours            DECIMAL(8,2) NOT NULL,
    min_theme_contact_hours         DECIMAL(8,2) NOT NULL,
    written_items                   INTEGER NOT NULL,
    written_duration_minutes        INTEGER NOT NULL,
    cut_score_method                VARCHAR(30) NOT NULL,
    cut_score_percentage            DECIMAL(5,2) NOT NULL,
    alternative_cut_score_method    VARCHAR(30),
    extra_time_percentage           INTEGER NOT NULL,
    oral_slot_minutes               INTEGER NOT NULL,
    oral_deliberation_minutes       INTEGER NOT NULL,
    oral_rating_scale               VARCHAR(80) NOT NULL,
    oral_minimum_rating             INTEGER NOT NULL,
    oral_reason_at_or_below         INTEGER NOT NULL,
    oral_reconciliation_gap_reason  INTEGER NOT NULL,
    active                          BOOLEAN NOT NULL,
    version                         BIGINT NOT NULL,
    CONSTRAINT certification_scheme_code_unique UNIQUE (code)
);

CREATE TABLE scheme_title (
    scheme_id    BIGINT NOT NULL,
    position     INTEGER NOT NULL,
    code         VARCHAR(10)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(500) NOT NULL,
    CONSTRAINT scheme_title_pk PRIMARY KEY (scheme_id, position),
    CONSTRAINT scheme_title_fk FOREIGN KEY (scheme_id) REFERENCES certification_scheme (id)
);

CREATE TABLE scheme_legal_domain (
    scheme_id  BIGINT NOT NULL,
    position   INTEGER NOT NULL,
    code       VARCHAR(60)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    description VARCHAR(500),
    CONSTRAINT scheme_legal_domain_pk PRIMARY KEY (scheme_id, position),
    CONSTRAINT scheme_legal_domain_fk FOREIGN KEY (scheme_id) REFERENCES certification_scheme (id)
);

CREATE TABLE scheme_admission_theme (
    scheme_id   BIGINT NOT NULL,
    theme_code  VARCHAR(80) NOT NULL,
    CONSTRAINT scheme_admission_theme_pk PRIMARY KEY (scheme_id, theme_code),
    CONSTRAINT scheme_admission_theme_fk FOREIGN KEY (scheme_id) REFERENCES certification_scheme (id)
);

CREATE TABLE recertification_scheme (
    id                              BIGINT PRIMARY KEY,
    code                            VARCHAR(80)  NOT NULL,
    name                            VARCHAR(200) NOT NULL,
    owner                           VARCHAR(200) NOT NULL,
    activity_hours_per_point        DECIMAL(6,2) NOT NULL,
    max_points_per_activity         DECIMAL(6,2) NOT NULL,
    max_peer_consultation_points    DECIMAL(6,2) NOT NULL,
    required_points                 DECIMAL(6,2) NOT NULL,
    min_intervision_reports         INTEGER NOT NULL,
    work_years_required             INTEGER NOT NULL,
    work_window_years               INTEGER NOT NULL,
    min_average_fte                 DECIMAL(4,2) NOT NULL,
    starr_examples_per_competency   INTEGER NOT NULL,
    strengths_per_competency        INTEGER NOT NULL,
    development_points_per_competency INTEGER NOT NULL,
    active                          BOOLEAN NOT NULL,
    version                         BIGINT NOT NULL,
    CONSTRAINT recertification_scheme_code_unique UNIQUE (code)
);

CREATE TABLE recertification_competency (
    scheme_id  BIGINT NOT NULL,
    position   INTEGER NOT NULL,
    name       VARCHAR(200) NOT NULL,
    grp        VARCHAR(100) NOT NULL,
    CONSTRAINT recertification_competency_pk PRIMARY KEY (scheme_id, position),
    CONSTRAINT recertification_competency_fk FOREIGN KEY (scheme_id) REFERENCES recertification_scheme (id)
);

CREATE TABLE blueprint (
    id                            BIGINT PRIMARY KEY,
    code                          VARCHAR(80)  NOT NULL,
    name                          VARCHAR(200) NOT NULL,
    scheme_code                   VARCHAR(80)  NOT NULL,
    title                         VARCHAR(10)  NOT NULL,
    item_count                    INTEGER NOT NULL,
    duration_minutes              INTEGER NOT NULL,
    cut_score_method              VARCHAR(30) NOT NULL,
    cut_score_percentage          DECIMAL(5,2) NOT NULL,
    alternative_cut_score_method  VARCHAR(30),
    active                        BOOLEAN NOT NULL,
    version                       BIGINT NOT NULL,
    CONSTRAINT blueprint_code_unique UNIQUE (code)
);

CREATE TABLE blueprint_cell (
    blueprint_id  BIGINT NOT NULL,
    position      INTEGER NOT NULL,
    theme_code    VARCHAR(80) NOT NULL,
    legal_domain  VARCHAR(60) NOT NULL,
    item_count    INTEGER NOT NULL,
    CONSTRAINT blueprint_cell_pk PRIMARY KEY (blueprint_id, position),
    CONSTRAINT blueprint_cell_fk FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
);

CREATE TABLE item (
    id              BIGINT PRIMARY KEY,
    code            VARCHAR(20)  NOT NULL,
    file_path       VARCHAR(300) NOT NULL,
    label           VARCHAR(300) NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    author          VARCHAR(200) NOT NULL,
    reviewer        VARCHAR(200),
    reviewed_on     DATE,
    note            VARCHAR(2000),
    needs_review    BOOLEAN NOT NULL,
    current_version INTEGER NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT item_code_unique UNIQUE (code),
    CONSTRAINT item_status_known CHECK (status IN ('DRAFT', 'REVIEW', 'ACTIVE', 'RETIRED'))
);

CREATE TABLE item_version (
    id              BIGINT PRIMARY KEY,
    item_id         BIGINT NOT NULL,
    version_no      INTEGER NOT NULL,
    content_hash    VARCHAR(64) NOT NULL,
    type            VARCHAR(10) NOT NULL,
    theme_code      VARCHAR(80) NOT NULL,
    legal_domain    VARCHAR(60) NOT NULL,
    case_text       VARCHAR(4000) NOT NULL,
    question        VARCHAR(2000) NOT NULL,
    rationale       VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT item_version_unique UNIQUE (item_id, version_no),
    CONSTRAINT item_version_item_fk FOREIGN KEY (item_id) REFERENCES item (id)
);

CREATE INDEX item_version_cell_idx ON item_version (theme_code, legal_domain);

CREATE TABLE item_version_title (
    item_version_id BIGINT NOT NULL,
    title           VARCHAR(10) NOT NULL,
    CONSTRAINT item_version_title_pk PRIMARY KEY (item_version_id, title),
    CONSTRAINT item_version_title_fk FOREIGN KEY (item_version_id) REFERENCES item_version (id)
);

CREATE TABLE item_option (
    item_version_id BIGINT NOT NULL,
    position        INTEGER NOT NULL,
    label           VARCHAR(1) NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    correct         BOOLEAN NOT NULL,
    CONSTRAINT item_option_pk PRIMARY KEY (item_version_id, position),
    CONSTRAINT item_option_fk FOREIGN KEY (item_version_id) REFERENCES item_version (id)
);

CREATE TABLE item_version_source (
    item_version_id    BIGINT NOT NULL,
    legal_source_code  VARCHAR(60) NOT NULL,
    CONSTRAINT item_version_source_pk PRIMARY KEY (item_version_id, legal_source_code),
    CONSTRAINT item_version_source_fk FOREIGN KEY (item_version_id) REFERENCES item_version (id)
);
