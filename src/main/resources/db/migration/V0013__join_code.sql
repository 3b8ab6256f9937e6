-- Joining a live gathering by a short code (issue 15, docs/adr/0186): the room's code while the gathering is live
-- (null once it closes), and whether the facilitators have closed joining for now.
ALTER TABLE gathering_room ADD COLUMN join_code VARCHAR(8);
ALTER TABLE gathering_room ADD COLUMN joining_open BOOLEAN NOT NULL DEFAULT TRUE;
CREATE UNIQUE INDEX ux_gathering_room_join_code ON gathering_room (join_code);
