package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One dot a member placed on a note in a vote round. */
@Entity
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(name = "note_id", nullable = false)
    private long noteId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private int round;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Vote() {
    }

    Vote(long boardId, long noteId, long memberId, int round, Instant createdAt) {
        this.boardId = boardId;
        this.noteId = noteId;
        this.memberId = memberId;
        this.round = round;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getNoteId() {
        return noteId;
    }
}
