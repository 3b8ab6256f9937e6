-- Guests for one gathering (issue 15, docs/adr/0187). A guest is an account of its own, never a member of any
-- network: it names the one gathering it was let into and ends when the gathering closes or a facilitator
-- removes it. Its posts stay, under its display name. The room says whether its gathering lets guests in.
ALTER TABLE member ADD COLUMN guest_of BIGINT;
ALTER TABLE member ADD COLUMN guest_ended_at DATETIME(6);
CREATE INDEX ix_member_guest_of ON member (guest_of);
ALTER TABLE gathering_room ADD COLUMN guests_allowed BOOLEAN NOT NULL DEFAULT FALSE;
