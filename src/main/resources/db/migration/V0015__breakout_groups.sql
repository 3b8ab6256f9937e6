-- Breakout groups (issue 15, docs/adr/0188): a live gathering's room splits into groups, each on a board of its own
-- made from a blueprint, and comes back to see them side by side. A learning café rotates: each table's host stays,
-- the others move on; every round's seats are kept, so the record shows who sat where.
CREATE TABLE breakout (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    gathering_id    BIGINT       NOT NULL,
    network_id      BIGINT       NOT NULL,
    source_board_id BIGINT       NOT NULL,
    method          VARCHAR(20)  NOT NULL,
    cafe            BOOLEAN      NOT NULL DEFAULT FALSE,
    round_number    INT          NOT NULL,
    message         VARCHAR(500),
    message_at      DATETIME(6),
    timer_ends_at   DATETIME(6),
    started_at      DATETIME(6)  NOT NULL,
    ended_at        DATETIME(6),
    CONSTRAINT fk_breakout_gathering FOREIGN KEY (gathering_id) REFERENCES gathering (id),
    CONSTRAINT fk_breakout_source FOREIGN KEY (source_board_id) REFERENCES board (id)
);
CREATE INDEX ix_breakout_gathering ON breakout (gathering_id);

CREATE TABLE breakout_group (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    breakout_id    BIGINT NOT NULL,
    group_number   INT    NOT NULL,
    board_id       BIGINT NOT NULL,
    host_member_id BIGINT,
    CONSTRAINT fk_breakout_group_breakout FOREIGN KEY (breakout_id) REFERENCES breakout (id),
    CONSTRAINT fk_breakout_group_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT uk_breakout_group_number UNIQUE (breakout_id, group_number)
);

CREATE TABLE breakout_seat (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    breakout_id  BIGINT NOT NULL,
    round_number INT    NOT NULL,
    member_id    BIGINT NOT NULL,
    group_id     BIGINT NOT NULL,
    CONSTRAINT fk_breakout_seat_group FOREIGN KEY (group_id) REFERENCES breakout_group (id),
    CONSTRAINT uk_breakout_seat UNIQUE (breakout_id, round_number, member_id)
);

-- The room's breakout: running, or ended and shown side by side until everyone is brought somewhere else.
ALTER TABLE gathering_room ADD COLUMN breakout_id BIGINT;
