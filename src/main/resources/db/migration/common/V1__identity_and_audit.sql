-- Accounts, roles, provider organisations and the audit log: the foundation every feature uses.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.
-- Sequences start at their allocation size (JPA allocationSize = 50), see STACK.md trap 3.

CREATE SEQUENCE provider_organisation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE provider_organisation (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL,
    CONSTRAINT provider_organisation_code_unique UNIQUE (code)
);

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                    BIGINT PRIMARY KEY,
    username              VARCHAR(80)  NOT NULL,
    display_name          VARCHAR(200) NOT NULL,
    email                 VARCHAR(254),
    password_hash         VARCHAR(400) NOT NULL,
    must_change_password  BOOLEAN NOT NULL,
    active                BOOLEAN NOT NULL,
    provider_id           BIGINT,
    failed_logins         INTEGER NOT NULL,
    locked_until          TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_provider_fk FOREIGN KEY (provider_id) REFERENCES provider_organisation (id)
);

CREATE TABLE account_role (
    account_id  BIGINT NOT NULL,
    role        VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT account_role_known CHECK (role IN ('CANDIDATE', 'EXAMINER', 'PROVIDER', 'BOARD'))
);

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

-- Append-only: the application only ever inserts here (and PostgreSQL enforces it, see
-- db/migration/postgresql).
CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(80)  NOT NULL,
    action       VARCHAR(80)  NOT NULL,
    object_type  VARCHAR(60)  NOT NULL,
    object_id    VARCHAR(120),
    reason       VARCHAR(2000),
    details      VARCHAR(4000)
);

CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_action_idx ON audit_entry (action);
