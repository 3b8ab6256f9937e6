-- Actions between gatherings (issue 16, docs/adr/0196): what a member will try before next time, who owns it, when
-- it is due, the note it came from, and how it went. They outlive their gathering and are listed across networks.
CREATE TABLE action_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id BIGINT NOT NULL,
    gathering_id BIGINT NULL,
    source_note_id BIGINT NULL,
    text VARCHAR(500) NOT NULL,
    owner_id BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    due_on DATE NULL,
    status VARCHAR(12) NOT NULL,
    outcome VARCHAR(1000) NULL,
    follow_up_board_id BIGINT NULL,
    follow_up_section_id BIGINT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_action_owner FOREIGN KEY (owner_id) REFERENCES member (id),
    CONSTRAINT fk_action_creator FOREIGN KEY (created_by) REFERENCES member (id)
);
CREATE INDEX ix_action_owner ON action_item (owner_id, status);
CREATE INDEX ix_action_network ON action_item (network_id, status);
CREATE INDEX ix_action_gathering ON action_item (gathering_id);
