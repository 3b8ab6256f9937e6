-- A closed gathering's boards are read-only until a facilitator reopens the gathering (docs/adr/0121).
-- The board engine keeps this on the board itself: it does not know gatherings, and checks it on every write.
ALTER TABLE board ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT FALSE;

-- Gatherings closed before this migration: their boards close now.
UPDATE board SET read_only = TRUE WHERE gathering_id IN (SELECT id FROM gathering WHERE status = 'CLOSED');
