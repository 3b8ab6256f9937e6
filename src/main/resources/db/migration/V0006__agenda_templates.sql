-- Agenda templates a network saved: a name, a description and the boards to create, in order. The boards are
-- the board engine's own blueprints as JSON: a template is read and written whole, never queried by its parts,
-- and the blueprint can grow with the engine without a migration. Built-in templates live in code.
CREATE TABLE agenda_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id  BIGINT        NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000),
    boards      TEXT          NOT NULL,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    removed_at  DATETIME(6),
    CONSTRAINT fk_agenda_template_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_agenda_template_created_by FOREIGN KEY (created_by) REFERENCES member (id)
);

CREATE INDEX ix_agenda_template_network ON agenda_template (network_id);
