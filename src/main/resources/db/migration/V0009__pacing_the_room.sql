-- Facilitators pace the room on a board (docs/adr/0183): a plan of phases and the one running now, a lock that
-- makes the board read-only for participants, and the note in the spotlight.
ALTER TABLE board ADD COLUMN phase_plan VARCHAR(1000);
ALTER TABLE board ADD COLUMN phase_index INT;
ALTER TABLE board ADD COLUMN phase VARCHAR(30);
ALTER TABLE board ADD COLUMN phase_section_id BIGINT;
ALTER TABLE board ADD COLUMN locked BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE board ADD COLUMN spotlight_note_id BIGINT;
