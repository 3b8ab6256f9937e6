package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a board's append-only change log: enough to replay the board to any revision. */
@Entity
@Table(name = "board_change")
class BoardChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(nullable = false)
    private long revision;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private ChangeAction action;

    @Column(name = "note_id")
    private @Nullable Long noteId;

    @Column(name = "section_id")
    private @Nullable Long sectionId;

    @Column(name = "before_state")
    private @Nullable String before;

    @Column(name = "after_state")
    private @Nullable String after;

    /** What every screen was told (a {@link BoardChanged}, as JSON); null before replay was kept (V0019). */
    @Column(name = "announced")
    private @Nullable String announced;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardChange() {
    }

    BoardChange(long boardId, long revision, long memberId, ChangeAction action, @Nullable Long noteId,
            @Nullable Long sectionId, @Nullable String before, @Nullable String after, @Nullable String announced,
            Instant createdAt) {
        this.announced = announced;
        this.boardId = boardId;
        this.revision = revision;
        this.memberId = memberId;
        this.action = action;
        this.noteId = noteId;
        this.sectionId = sectionId;
        this.before = before;
        this.after = after;
        this.createdAt = createdAt;
    }

    long getRevision() {
        return revision;
    }

    long getMemberId() {
        return memberId;
    }

    ChangeAction getAction() {
        return action;
    }

    @Nullable
    Long getNoteId() {
        return noteId;
    }

    @Nullable
    Long getSectionId() {
        return sectionId;
    }

    @Nullable
    String getBefore() {
        return before;
    }

    @Nullable
    String getAfter() {
        return after;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    String getAnnounced() {
        return announced;
    }
}
