-- "For the room only" (issue 16, docs/adr/0192): its author keeps a post out of the network's memory. It is seen
-- on the board as any post, and left out of the harvest, the archive, search and every export.
ALTER TABLE note ADD COLUMN room_only BOOLEAN NOT NULL DEFAULT FALSE;
