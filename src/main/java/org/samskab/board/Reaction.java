package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's "resonates" on a post of a reflection wall; one per member and post. */
@Entity
@Table(name = "note_reaction")
class Reaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(name = "note_id", nullable = false)
    private long noteId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reaction() {
    }

    Reaction(long boardId, long noteId, long memberId, Instant createdAt) {
        this.boardId = boardId;
        this.noteId = noteId;
        this.memberId = memberId;
        this.createdAt = createdAt;
    }
}
