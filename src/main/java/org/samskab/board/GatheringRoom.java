package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The room of a live gathering: the board (and section or note) the facilitators last brought everyone to, and
 * the projector's secret link. The gathering feature opens it when the gathering starts and closes it when the
 * gathering closes; the board engine knows the room's network from that moment on (docs/adr/0184).
 */
@Entity
@Table(name = "gathering_room")
class GatheringRoom {

    @Id
    @Column(name = "gathering_id")
    private Long gatheringId;

    @Column(name = "network_id", nullable = false)
    private long networkId;

    @Column(name = "current_board_id")
    private @Nullable Long currentBoardId;

    /** How many times everyone was brought somewhere: each time, following screens go along. */
    @Column(name = "bring_count", nullable = false)
    private int bringCount;

    @Column(name = "bring_section_id")
    private @Nullable Long bringSectionId;

    @Column(name = "bring_note_id")
    private @Nullable Long bringNoteId;

    @Column(nullable = false)
    private long revision;

    /** SHA-256 of the projector link's secret, hex; null while there is no link. */
    @Column(name = "projector_token_hash", length = 64)
    private @Nullable String projectorTokenHash;

    /** The code people join with while the gathering is live (docs/adr/0186); null once it closes. */
    @Column(name = "join_code", length = 8)
    private @Nullable String joinCode;

    /** Whether the code lets people in now: the facilitators may close joining and open it again. */
    @Column(name = "joining_open", nullable = false)
    private boolean joiningOpen = true;

    @Column(name = "guests_allowed", nullable = false)
    private boolean guestsAllowed;

    /** The room's breakout (docs/adr/0188): running, or ended and shown side by side until the next bring. */
    @Column(name = "breakout_id")
    private @Nullable Long breakoutId;

    protected GatheringRoom() {
        this.gatheringId = 0L;
    }

    GatheringRoom(long gatheringId, long networkId) {
        this.gatheringId = gatheringId;
        this.networkId = networkId;
    }

    long getGatheringId() {
        return gatheringId;
    }

    long getNetworkId() {
        return networkId;
    }

    @Nullable
    Long getCurrentBoardId() {
        return currentBoardId;
    }

    int getBringCount() {
        return bringCount;
    }

    @Nullable
    Long getBringSectionId() {
        return bringSectionId;
    }

    @Nullable
    Long getBringNoteId() {
        return bringNoteId;
    }

    long getRevision() {
        return revision;
    }

    /** Everyone who follows goes to this board (and section or note). */
    void bringEveryone(long boardId, @Nullable Long sectionId, @Nullable Long noteId) {
        this.currentBoardId = boardId;
        this.bringSectionId = sectionId;
        this.bringNoteId = noteId;
        this.bringCount++;
        this.revision++;
    }

    @Nullable
    String getProjectorTokenHash() {
        return projectorTokenHash;
    }

    void setProjectorTokenHash(@Nullable String hash) {
        this.projectorTokenHash = hash;
        this.revision++;
    }

    @Nullable
    String getJoinCode() {
        return joinCode;
    }

    boolean isJoiningOpen() {
        return joiningOpen;
    }

    /** A new code (the old one stops working), or none (the gathering closed). */
    void setJoinCode(@Nullable String code) {
        this.joinCode = code;
        this.revision++;
    }

    void setJoiningOpen(boolean open) {
        this.joiningOpen = open;
        this.revision++;
    }

    boolean isGuestsAllowed() {
        return guestsAllowed;
    }

    void setGuestsAllowed(boolean allowed) {
        this.guestsAllowed = allowed;
        this.revision++;
    }

    /** Who is in the room changed (a guest was removed): screens that follow it look again. */
    void touch() {
        this.revision++;
    }

    @Nullable
    Long getBreakoutId() {
        return breakoutId;
    }

    /** The room splits into groups, or (null) leaves the last one's side-by-side view. */
    void setBreakoutId(@Nullable Long breakoutId) {
        this.breakoutId = breakoutId;
        this.revision++;
    }
}
