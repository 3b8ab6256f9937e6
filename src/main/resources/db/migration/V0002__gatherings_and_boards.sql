-- Gatherings and the board engine: one model (boards, sections, notes, votes, change log) for idea boards,
-- reflection walls and Theory U canvases.

CREATE TABLE gathering (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id  BIGINT        NOT NULL,
    title       VARCHAR(120)  NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    starts_at   DATETIME(6)   NOT NULL,
    ends_at     DATETIME(6)   NOT NULL,
    place       VARCHAR(200),
    online_link VARCHAR(500),
    purpose     VARCHAR(2000),
    status      VARCHAR(10)   NOT NULL,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_gathering_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_gathering_created_by FOREIGN KEY (created_by) REFERENCES member (id)
);

CREATE INDEX ix_gathering_network_start ON gathering (network_id, starts_at);

CREATE TABLE gathering_facilitator (
    gathering_id BIGINT NOT NULL,
    member_id    BIGINT NOT NULL,
    PRIMARY KEY (gathering_id, member_id),
    CONSTRAINT fk_gathering_facilitator_gathering FOREIGN KEY (gathering_id) REFERENCES gathering (id),
    CONSTRAINT fk_gathering_facilitator_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- A board belongs to a network (for authorization) and usually to a gathering's agenda (ordered by position).
-- revision counts every change; live clients use it to ignore updates older than what they have.
CREATE TABLE board (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id          BIGINT        NOT NULL,
    gathering_id        BIGINT,
    kind                VARCHAR(20)   NOT NULL,
    title               VARCHAR(120)  NOT NULL,
    instructions        VARCHAR(1000),
    position            INT           NOT NULL,
    allow_anonymous     BOOLEAN       NOT NULL DEFAULT FALSE,
    vote_state          VARCHAR(10)   NOT NULL DEFAULT 'NONE',
    vote_round          INT           NOT NULL DEFAULT 0,
    vote_dots           INT           NOT NULL DEFAULT 3,
    vote_totals_visible BOOLEAN       NOT NULL DEFAULT FALSE,
    revision            BIGINT        NOT NULL DEFAULT 0,
    removed_at          DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_board_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_board_gathering FOREIGN KEY (gathering_id) REFERENCES gathering (id)
);

CREATE INDEX ix_board_gathering ON board (gathering_id, position);

CREATE TABLE board_section (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id   BIGINT       NOT NULL,
    title      VARCHAR(120) NOT NULL,
    position   DOUBLE       NOT NULL,
    removed_at DATETIME(6),
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_section_board FOREIGN KEY (board_id) REFERENCES board (id)
);

CREATE INDEX ix_section_board ON board_section (board_id, position);

-- Text is limited to 500 characters by the service; the column leaves room for H2, which counts UTF-16 units.
-- The author is kept for anonymous notes too (so they can edit their own), and never shown to anyone else.
CREATE TABLE note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id   BIGINT        NOT NULL,
    section_id BIGINT        NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    colour     VARCHAR(20)   NOT NULL,
    author_id  BIGINT        NOT NULL,
    anonymous  BOOLEAN       NOT NULL DEFAULT FALSE,
    position   DOUBLE        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    deleted_at DATETIME(6),
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_note_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_note_section FOREIGN KEY (section_id) REFERENCES board_section (id),
    CONSTRAINT fk_note_author FOREIGN KEY (author_id) REFERENCES member (id)
);

CREATE INDEX ix_note_board ON note (board_id, section_id, position);

-- One row per dot. A new vote on the board starts a new round; earlier rounds stay for the history.
CREATE TABLE vote (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id   BIGINT      NOT NULL,
    note_id    BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    round      INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_vote_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_vote_note FOREIGN KEY (note_id) REFERENCES note (id),
    CONSTRAINT fk_vote_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE INDEX ix_vote_board_round_member ON vote (board_id, round, member_id);
CREATE INDEX ix_vote_note ON vote (note_id, round);

-- Append-only change log: who did what, when, with the state before and after (JSON), in revision order.
CREATE TABLE board_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id   BIGINT       NOT NULL,
    revision   BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    action     VARCHAR(30)  NOT NULL,
    note_id    BIGINT,
    section_id BIGINT,
    before_state TEXT,
    after_state  TEXT,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_change_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_change_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_change_revision UNIQUE (board_id, revision)
);
