-- A note's text has its own version: moving or recolouring a note must not make a simultaneous text edit look
-- like a conflict. Only text edits count.
ALTER TABLE note ADD COLUMN text_version BIGINT NOT NULL DEFAULT 0;
