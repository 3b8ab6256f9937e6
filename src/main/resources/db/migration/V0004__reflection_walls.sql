-- Reflection walls: a kind of board whose posts may all be anonymous, written privately until a facilitator
-- reveals them, reacted to ("resonates"), and hidden by a facilitator when they break the room's agreements.

-- posts_anonymous: every post on the board is stored anonymous (the author is kept, for their own edits).
-- private_writing: posts written now are private to their author until the facilitator reveals them all.
ALTER TABLE board ADD COLUMN posts_anonymous BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE board ADD COLUMN private_writing BOOLEAN NOT NULL DEFAULT FALSE;

-- private_post stays true until the reveal. A hidden note is gone for everyone but stays in the history, with
-- who hid it and why, and can be restored.
ALTER TABLE note ADD COLUMN private_post BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE note ADD COLUMN hidden_at DATETIME(6);
ALTER TABLE note ADD COLUMN hidden_by BIGINT;
ALTER TABLE note ADD COLUMN hidden_reason VARCHAR(400);
ALTER TABLE note ADD CONSTRAINT fk_note_hidden_by FOREIGN KEY (hidden_by) REFERENCES member (id);

-- One "resonates" per member and note.
CREATE TABLE note_reaction (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id   BIGINT      NOT NULL,
    note_id    BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_reaction_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_reaction_note FOREIGN KEY (note_id) REFERENCES note (id),
    CONSTRAINT fk_reaction_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_reaction_note_member UNIQUE (note_id, member_id)
);

CREATE INDEX ix_reaction_board ON note_reaction (board_id, note_id);
