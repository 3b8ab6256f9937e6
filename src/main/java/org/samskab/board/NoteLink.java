package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note leading to a note in a later section of the same board. */
@Entity
@Table(name = "note_link")
class NoteLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(name = "from_note_id", nullable = false)
    private long fromNoteId;

    @Column(name = "to_note_id", nullable = false)
    private long toNoteId;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NoteLink() {
    }

    NoteLink(long boardId, long fromNoteId, long toNoteId, long createdBy, Instant createdAt) {
        this.boardId = boardId;
        this.fromNoteId = fromNoteId;
        this.toNoteId = toNoteId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long getFromNoteId() {
        return fromNoteId;
    }

    long getToNoteId() {
        return toNoteId;
    }
}
