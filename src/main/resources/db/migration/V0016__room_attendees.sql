-- Who took part in a gathering (issue 16, docs/adr/0191): the room records a member or guest the first time they
-- open one of its boards while it is live. A gathering's harvest counts them; the publish gate asks it.
CREATE TABLE room_attendee (
    gathering_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    first_seen_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_room_attendee PRIMARY KEY (gathering_id, member_id)
);
CREATE INDEX ix_room_attendee_member ON room_attendee (member_id);
