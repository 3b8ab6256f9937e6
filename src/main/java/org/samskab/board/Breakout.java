package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BreakoutMethod;

/**
 * A live gathering's room split into groups (docs/adr/0188): from which board, how, which round of a learning
 * café, the facilitators' last message and timer to all groups, and when it ended.
 */
@Entity
class Breakout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false)
    private long gatheringId;

    @Column(name = "network_id", nullable = false)
    private long networkId;

    @Column(name = "source_board_id", nullable = false)
    private long sourceBoardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreakoutMethod method;

    /** A learning café: each table has a host who stays when the others move on to the next round. */
    @Column(nullable = false)
    private boolean cafe;

    @Column(name = "round_number", nullable = false)
    private int round = 1;

    @Column(length = 500)
    private @Nullable String message;

    @Column(name = "message_at")
    private @Nullable Instant messageAt;

    @Column(name = "timer_ends_at")
    private @Nullable Instant timerEndsAt;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    protected Breakout() {
    }

    Breakout(long gatheringId, long networkId, long sourceBoardId, BreakoutMethod method, boolean cafe,
            Instant startedAt) {
        this.cafe = cafe;
        this.gatheringId = gatheringId;
        this.networkId = networkId;
        this.sourceBoardId = sourceBoardId;
        this.method = method;
        this.startedAt = startedAt;
    }

    Long getId() {
        return id;
    }

    long getGatheringId() {
        return gatheringId;
    }

    long getNetworkId() {
        return networkId;
    }

    long getSourceBoardId() {
        return sourceBoardId;
    }

    boolean isCafe() {
        return cafe;
    }

    int getRound() {
        return round;
    }

    @Nullable
    String getMessage() {
        return message;
    }

    @Nullable
    Instant getMessageAt() {
        return messageAt;
    }

    @Nullable
    Instant getTimerEndsAt() {
        return timerEndsAt;
    }

    boolean isRunning() {
        return endedAt == null;
    }

    void nextRound() {
        round++;
    }

    /** A message and a timer to every group at once; either may be absent. */
    void announce(@Nullable String message, @Nullable Instant timerEndsAt, Instant at) {
        this.message = message;
        this.messageAt = at;
        this.timerEndsAt = timerEndsAt;
    }

    void end(Instant at) {
        this.endedAt = at;
        this.timerEndsAt = null;
    }
}
