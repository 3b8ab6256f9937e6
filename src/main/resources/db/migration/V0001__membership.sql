-- Membership: people, networks, their organisations, roles and invitations.
-- Runs unchanged on MariaDB (utf8mb4, InnoDB) and on the embedded H2 default in MariaDB mode.

CREATE TABLE member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    language      VARCHAR(10)  NOT NULL,
    site_admin    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_member_email UNIQUE (email)
);

CREATE TABLE network (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000),
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_network_name UNIQUE (name)
);

CREATE TABLE organisation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (network_id, name),
    CONSTRAINT fk_organisation_network FOREIGN KEY (network_id) REFERENCES network (id)
);

CREATE TABLE membership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id      BIGINT       NOT NULL,
    member_id       BIGINT       NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organisation_id BIGINT,
    joined_at       DATETIME(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_membership UNIQUE (network_id, member_id),
    CONSTRAINT fk_membership_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE INDEX ix_membership_member ON membership (member_id);

-- Only a SHA-256 of the invitation token is stored: a database dump does not hand out working links.
CREATE TABLE invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id      BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organisation_id BIGINT,
    token_hash      VARCHAR(64)  NOT NULL,
    invited_by      BIGINT,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    accepted_at     DATETIME(6),
    accepted_by     BIGINT,
    revoked_at      DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES member (id),
    CONSTRAINT fk_invitation_accepted_by FOREIGN KEY (accepted_by) REFERENCES member (id)
);

CREATE INDEX ix_invitation_network ON invitation (network_id);
