-- Theory U canvases and case clinics, as kinds of the board engine.

-- Board-wide facilitation state, generic for every kind: the section everyone is on now (a Theory U stage, a
-- case clinic step) and a shared countdown. A running timer has an end; a paused one keeps what was left.
ALTER TABLE board ADD COLUMN focus_section_id BIGINT;
ALTER TABLE board ADD COLUMN timer_ends_at DATETIME(6);
ALTER TABLE board ADD COLUMN timer_paused_seconds INT;
ALTER TABLE board ADD CONSTRAINT fk_board_focus_section FOREIGN KEY (focus_section_id) REFERENCES board_section (id);

-- A built-in section (stage or step) has a key. Its title and guidance are NULL while they are the built-in
-- default, which every member reads in their own language; text is stored only once a facilitator edits it.
ALTER TABLE board_section MODIFY title VARCHAR(120) NULL;
ALTER TABLE board_section ADD COLUMN stage_key VARCHAR(30);
ALTER TABLE board_section ADD COLUMN guidance VARCHAR(2000);
ALTER TABLE board_section ADD COLUMN duration_seconds INT;

-- A mirror in a case clinic starts with "I see", "I sense" or "I feel".
ALTER TABLE note ADD COLUMN mirror VARCHAR(10);

-- A note leads to a note in a later section of the same board (an observation to the prototype it led to).
CREATE TABLE note_link (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id     BIGINT      NOT NULL,
    from_note_id BIGINT      NOT NULL,
    to_note_id   BIGINT      NOT NULL,
    created_by   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_note_link_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_note_link_from FOREIGN KEY (from_note_id) REFERENCES note (id),
    CONSTRAINT fk_note_link_to FOREIGN KEY (to_note_id) REFERENCES note (id),
    CONSTRAINT fk_note_link_created_by FOREIGN KEY (created_by) REFERENCES member (id),
    CONSTRAINT uk_note_link UNIQUE (from_note_id, to_note_id)
);

CREATE INDEX ix_note_link_board ON note_link (board_id);
CREATE INDEX ix_note_link_to ON note_link (to_note_id);

-- The people working on a board as one group (a case clinic's case giver and coaches). A property of the board,
-- so breakout groups can later give each group its own board.
CREATE TABLE board_group_member (
    board_id   BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    group_role VARCHAR(20) NOT NULL,
    PRIMARY KEY (board_id, member_id),
    CONSTRAINT fk_board_group_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_board_group_member FOREIGN KEY (member_id) REFERENCES member (id)
);
