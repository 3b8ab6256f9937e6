package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who sat in which group in a round of a breakout; a learning café's rounds each have their own seats. */
@Entity
@Table(name = "breakout_seat")
class BreakoutSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "breakout_id", nullable = false)
    private long breakoutId;

    @Column(name = "round_number", nullable = false)
    private int round;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    protected BreakoutSeat() {
    }

    BreakoutSeat(long breakoutId, int round, long memberId, long groupId) {
        this.breakoutId = breakoutId;
        this.round = round;
        this.memberId = memberId;
        this.groupId = groupId;
    }

    long getMemberId() {
        return memberId;
    }

    long getGroupId() {
        return groupId;
    }
}
