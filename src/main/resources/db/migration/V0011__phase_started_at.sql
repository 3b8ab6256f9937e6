-- When the running phase started: the room at a glance counts who has posted since (docs/adr/0183).
ALTER TABLE board ADD COLUMN phase_started_at DATETIME(6);
