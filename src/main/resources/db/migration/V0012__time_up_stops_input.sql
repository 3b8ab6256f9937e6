-- A facilitator may choose that participants' input stops when the shared countdown runs out (docs/adr/0183).
ALTER TABLE board ADD COLUMN time_up_stops_input BOOLEAN NOT NULL DEFAULT FALSE;
