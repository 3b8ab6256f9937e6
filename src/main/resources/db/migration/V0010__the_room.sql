-- The room of a live gathering (docs/adr/0184): where the facilitators have brought everyone, how many times
-- they have done so (screens that follow go along each time), and the projector's secret link, kept as a hash.
CREATE TABLE gathering_room (
    gathering_id BIGINT NOT NULL PRIMARY KEY,
    network_id BIGINT NOT NULL,
    current_board_id BIGINT,
    bring_count INT NOT NULL DEFAULT 0,
    bring_section_id BIGINT,
    bring_note_id BIGINT,
    revision BIGINT NOT NULL DEFAULT 0,
    projector_token_hash VARCHAR(64),
    CONSTRAINT fk_gathering_room_gathering FOREIGN KEY (gathering_id) REFERENCES gathering (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_gathering_room_projector ON gathering_room (projector_token_hash);
