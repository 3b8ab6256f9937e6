package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** Updates write only changed columns, so renumbering an agenda never writes back another board's revision. */
@Entity
@DynamicUpdate
class Board {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false)
    private long networkId;

    @Column(name = "gathering_id")
    private Long gatheringId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardKind kind;

    @Column(nullable = false)
    private String title;

    private String instructions;

    @Column(nullable = false)
    private int position;

    @Column(name = "allow_anonymous", nullable = false)
    private boolean allowAnonymous;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_state", nullable = false)
    private VoteState voteState = VoteState.NONE;

    @Column(name = "vote_round", nullable = false)
    private int voteRound;

    @Column(name = "vote_dots", nullable = false)
    private int voteDots = 3;

    @Column(name = "vote_totals_visible", nullable = false)
    private boolean voteTotalsVisible;

    @Column(nullable = false)
    private long revision;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Reflection walls
    @Column(name = "posts_anonymous", nullable = false)
    private boolean postsAnonymous;

    @Column(name = "private_writing", nullable = false)
    private boolean privateWriting;

    protected Board() {
    }

    Board(long networkId, Long gatheringId, BoardKind kind, String title, String instructions, int position,
            boolean allowAnonymous, Instant createdAt) {
        this.networkId = networkId;
        this.gatheringId = gatheringId;
        this.kind = kind;
        this.title = title;
        this.instructions = instructions;
        this.position = position;
        this.allowAnonymous = allowAnonymous;
        this.createdAt = createdAt;
    }

    /** Moves the board to its next revision; every change calls this once, under the board's row lock. */
    long nextRevision() {
        return ++revision;
    }

    /** True when members see vote totals now: during a vote that shows them, or after any vote. */
    boolean totalsVisible() {
        return voteState == VoteState.CLOSED || (voteState == VoteState.OPEN && voteTotalsVisible);
    }

    void startVote(int dots, boolean totalsVisible) {
        voteRound++;
        voteState = VoteState.OPEN;
        voteDots = dots;
        voteTotalsVisible = totalsVisible;
    }

    void endVote() {
        voteState = VoteState.CLOSED;
    }

    Long getId() {
        return id;
    }

    long getNetworkId() {
        return networkId;
    }

    Long getGatheringId() {
        return gatheringId;
    }

    BoardKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getInstructions() {
        return instructions;
    }

    void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    boolean isAllowAnonymous() {
        return allowAnonymous;
    }

    void setAllowAnonymous(boolean allowAnonymous) {
        this.allowAnonymous = allowAnonymous;
    }

    VoteState getVoteState() {
        return voteState;
    }

    int getVoteRound() {
        return voteRound;
    }

    int getVoteDots() {
        return voteDots;
    }

    boolean isVoteTotalsVisible() {
        return voteTotalsVisible;
    }

    long getRevision() {
        return revision;
    }

    void remove(Instant now) {
        this.removedAt = now;
    }

    // Reflection walls

    /** Every post on this board is stored anonymous (a wall's choice, made when it is created). */
    boolean isPostsAnonymous() {
        return postsAnonymous;
    }

    void setPostsAnonymous(boolean postsAnonymous) {
        this.postsAnonymous = postsAnonymous;
    }

    /** While true, new posts are private to their authors until the reveal. */
    boolean isPrivateWriting() {
        return privateWriting;
    }

    void setPrivateWriting(boolean privateWriting) {
        this.privateWriting = privateWriting;
    }
}
