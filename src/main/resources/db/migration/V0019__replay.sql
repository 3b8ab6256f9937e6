-- Replay (issue 16, docs/adr/0195): each change log entry keeps what every screen was told (the BoardChanged
-- announcement: notes' shared states, removed notes, sections, the board), so a board's history replays exactly as
-- screens saw it. MEDIUMTEXT: sorting a 1,000-note board by votes announces every note.
ALTER TABLE board_change ADD COLUMN announced MEDIUMTEXT NULL;
