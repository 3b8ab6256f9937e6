package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note on a board. Anonymity is a property of the stored note: the author is kept (so they can edit it) and
 * the engine never hands it to anyone else.
 */
@Entity
class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteColour colour;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false)
    private double position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "text_version", nullable = false)
    private long textVersion;

    @Version
    private long version;

    // Reflection walls
    @Column(name = "private_post", nullable = false)
    private boolean privatePost;

    /** Its author keeps it out of the network's memory (docs/adr/0192): seen on the board only. */
    @Column(name = "room_only", nullable = false)
    private boolean roomOnly;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    @Column(name = "hidden_reason")
    private @Nullable String hiddenReason;

    protected Note() {
    }

    Note(long boardId, long sectionId, String text, NoteColour colour, long authorId, boolean anonymous,
            double position, Instant now) {
        this.boardId = boardId;
        this.sectionId = sectionId;
        this.text = text;
        this.colour = colour;
        this.authorId = authorId;
        this.anonymous = anonymous;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getBoardId() {
        return boardId;
    }

    long getSectionId() {
        return sectionId;
    }

    String getText() {
        return text;
    }

    NoteColour getColour() {
        return colour;
    }

    long getAuthorId() {
        return authorId;
    }

    boolean isAnonymous() {
        return anonymous;
    }

    double getPosition() {
        return position;
    }

    /** Counts text edits only; what an editor compares against. */
    long getTextVersion() {
        return textVersion;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void edit(String text, Instant now) {
        this.text = text;
        this.textVersion++;
        this.updatedAt = now;
    }

    void recolour(NoteColour colour, Instant now) {
        this.colour = colour;
        this.updatedAt = now;
    }

    void place(long sectionId, double position, Instant now) {
        this.sectionId = sectionId;
        this.position = position;
        this.updatedAt = now;
    }

    void delete(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    /** Its author's account was deleted (docs/adr/0197): it stays, naming nobody. */
    void makeAnonymous() {
        this.anonymous = true;
    }

    /** Brought back from the board's history (docs/adr/0195). */
    void undelete(Instant now) {
        this.deletedAt = null;
        this.updatedAt = now;
    }

    // Reflection walls

    /** Seen only by its author until the facilitator reveals the board's private posts. */
    boolean isPrivatePost() {
        return privatePost;
    }

    void makePrivate() {
        this.privatePost = true;
    }

    void reveal(Instant now) {
        this.privatePost = false;
        this.updatedAt = now;
    }

    boolean isRoomOnly() {
        return roomOnly;
    }

    void setRoomOnly(boolean roomOnly, Instant now) {
        this.roomOnly = roomOnly;
        this.updatedAt = now;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    @Nullable
    Long getHiddenBy() {
        return hiddenBy;
    }

    @Nullable
    String getHiddenReason() {
        return hiddenReason;
    }

    void hide(long memberId, String reason, Instant now) {
        this.hiddenAt = now;
        this.hiddenBy = memberId;
        this.hiddenReason = reason;
        this.updatedAt = now;
    }

    void restore(Instant now) {
        this.hiddenAt = null;
        this.hiddenBy = null;
        this.hiddenReason = null;
        this.updatedAt = now;
    }

    /** Whether the member may see this note at all: hidden notes are gone, private ones are their author's. */
    boolean visibleTo(long memberId) {
        return !isDeleted() && !isHidden() && (!privatePost || authorId == memberId);
    }

    // ---------------------------------------------------------------- case clinic

    /** How a coach's mirror begins (I see / I sense / I feel); null for other notes. */
    @Enumerated(EnumType.STRING)
    private @Nullable NoteMirror mirror;

    @Nullable
    NoteMirror getMirror() {
        return mirror;
    }

    void setMirror(@Nullable NoteMirror mirror) {
        this.mirror = mirror;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
