-- The publish gate (issue 16, docs/adr/0191): a closed gathering's boards are seen by those who took part and the
-- network's facilitators until a facilitator publishes the gathering; then by every member of its network.
ALTER TABLE gathering ADD COLUMN published_at DATETIME(6) NULL;

-- The board engine keeps the gate on the board itself, as it keeps read_only (V0008): it does not know gatherings.
ALTER TABLE board ADD COLUMN withheld BOOLEAN NOT NULL DEFAULT FALSE;

-- Gatherings closed before the gate: every member of their network could see them, and still can.
UPDATE gathering SET published_at = CURRENT_TIMESTAMP(6) WHERE status = 'CLOSED';
