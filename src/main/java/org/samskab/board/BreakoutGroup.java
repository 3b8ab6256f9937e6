package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One group of a breakout, on its own board; its host stays at the table when a learning café rotates. */
@Entity
@Table(name = "breakout_group")
class BreakoutGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "breakout_id", nullable = false)
    private long breakoutId;

    @Column(name = "group_number", nullable = false)
    private int number;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(name = "host_member_id")
    private @Nullable Long hostId;

    protected BreakoutGroup() {
    }

    BreakoutGroup(long breakoutId, int number, long boardId, @Nullable Long hostId) {
        this.breakoutId = breakoutId;
        this.number = number;
        this.boardId = boardId;
        this.hostId = hostId;
    }

    Long getId() {
        return id;
    }

    int getNumber() {
        return number;
    }

    long getBoardId() {
        return boardId;
    }

    @Nullable
    Long getHostId() {
        return hostId;
    }
}
