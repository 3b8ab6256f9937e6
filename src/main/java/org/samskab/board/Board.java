package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;

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
    private @Nullable Long gatheringId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardKind kind;

    @Column(nullable = false)
    private String title;

    private @Nullable String instructions;

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
    private @Nullable Instant removedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Reflection walls
    @Column(name = "posts_anonymous", nullable = false)
    private boolean postsAnonymous;

    @Column(name = "private_writing", nullable = false)
    private boolean privateWriting;

    /** Its gathering is closed: every change is refused until the gathering is reopened. */
    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    /**
     * Its gathering is closed and not yet published: only those who took part and the network's facilitators see
     * it (docs/adr/0191).
     */
    @Column(nullable = false)
    private boolean withheld;

    protected Board() {
    }

    Board(long networkId, @Nullable Long gatheringId, BoardKind kind, String title, @Nullable String instructions,
            int position, boolean allowAnonymous, Instant createdAt) {
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

    /** The rules of this board in its current state (see {@link BoardRules}). */
    BoardRules rules() {
        return new BoardRules(kind, readOnly, voteState, voteDots, totalsVisible(), privateWriting, allowAnonymous,
                postsAnonymous, new BoardRules.Pacing(phase, phaseSectionId, locked,
                        timeUp(checkedAt != null ? checkedAt : Instant.now())));
    }

    /** True when members see vote totals now: during a vote that shows them, or after any vote. */
    boolean totalsVisible() {
        return voteState == VoteState.CLOSED || (voteState == VoteState.OPEN && voteTotalsVisible);
    }

    /** Starts the next round of dots; one vote at a time, so a round is never cut short by another. */
    void startVote(int dots, boolean totalsVisible) {
        if (voteState == VoteState.OPEN) {
            throw new InvalidInputException("board.vote-already-open");
        }
        voteRound++;
        voteState = VoteState.OPEN;
        voteDots = dots;
        voteTotalsVisible = totalsVisible;
    }

    void endVote() {
        if (voteState != VoteState.OPEN) {
            throw new InvalidInputException("board.no-open-vote");
        }
        voteState = VoteState.CLOSED;
    }

    Long getId() {
        return id;
    }

    long getNetworkId() {
        return networkId;
    }

    @Nullable
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

    @Nullable
    String getInstructions() {
        return instructions;
    }

    void setInstructions(@Nullable String instructions) {
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

    boolean isRemoved() {
        return removedAt != null;
    }

    void remove(Instant now) {
        this.removedAt = now;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    boolean isWithheld() {
        return withheld;
    }

    void setWithheld(boolean withheld) {
        this.withheld = withheld;
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

    // ---------------------------------------------------------------- facilitation (Theory U canvas, case clinic)

    /** The section the group is on now (a stage, a step); every screen highlights it. */
    @Column(name = "focus_section_id")
    private @Nullable Long focusSectionId;

    /** When the shared countdown runs out; null when no timer runs. */
    @Column(name = "timer_ends_at")
    private @Nullable Instant timerEndsAt;

    /** What was left when the countdown was paused; null unless paused. */
    @Column(name = "timer_paused_seconds")
    private @Nullable Integer timerPausedSeconds;

    @Nullable
    Long getFocusSectionId() {
        return focusSectionId;
    }

    void focus(@Nullable Long sectionId) {
        this.focusSectionId = sectionId;
    }

    @Nullable
    Instant getTimerEndsAt() {
        return timerEndsAt;
    }

    @Nullable
    Integer getTimerPausedSeconds() {
        return timerPausedSeconds;
    }

    /** Starts the countdown, or clears it when {@code seconds} is null. */
    void startTimer(@Nullable Integer seconds, Instant now) {
        this.timerEndsAt = seconds == null ? null : now.plusSeconds(seconds);
        this.timerPausedSeconds = null;
    }

    void pauseTimer(Instant now) {
        Instant endsAt = timerEndsAt;
        if (endsAt == null) {
            throw new InvalidInputException("board.no-running-timer");
        }
        timerPausedSeconds = (int) Math.max(0, java.time.Duration.between(now, endsAt).toSeconds());
        timerEndsAt = null;
    }

    void resumeTimer(Instant now) {
        Integer paused = timerPausedSeconds;
        if (paused == null) {
            throw new InvalidInputException("board.no-paused-timer");
        }
        timerEndsAt = now.plusSeconds(paused);
        timerPausedSeconds = null;
    }

    /** Adds time to a running or paused countdown; a countdown already over restarts from now. */
    void extendTimer(int seconds, Instant now) {
        if (!hasTimer()) {
            throw new InvalidInputException("board.no-timer");
        }
        if (timerPausedSeconds != null) {
            timerPausedSeconds += seconds;
        } else if (timerEndsAt != null) {
            timerEndsAt = (timerEndsAt.isBefore(now) ? now : timerEndsAt).plusSeconds(seconds);
        }
    }

    boolean hasTimer() {
        return timerEndsAt != null || timerPausedSeconds != null;
    }

    // ---------------------------------------------------------------- pacing the room (docs/adr/0183)

    /** The facilitators' plan of phases, as {@link PlannedPhase#format} writes it; null: the kind's default. */
    @Column(name = "phase_plan", length = 1000)
    private @Nullable String phasePlan;

    /** Which phase of the plan runs now (0-based); null while none runs and the board is open to everything. */
    @Column(name = "phase_index")
    private @Nullable Integer phaseIndex;

    /** The running phase, kept beside its index so that every write's check reads it from the board's row. */
    @Column(name = "phase", length = 30)
    @Enumerated(EnumType.STRING)
    private @Nullable Phase phase;

    @Column(name = "phase_section_id")
    private @Nullable Long phaseSectionId;

    /** When the running phase started (what "posted in this phase" counts from); null while none runs. */
    @Column(name = "phase_started_at")
    private @Nullable Instant phaseStartedAt;

    /** Participants' input stops when the running countdown reaches its end (the facilitator's choice). */
    @Column(name = "time_up_stops_input", nullable = false)
    private boolean timeUpStopsInput;

    /** The time a change under way judges the rules by (the pipeline's clock); not stored. */
    @jakarta.persistence.Transient
    private @Nullable Instant checkedAt;

    void checkAt(Instant now) {
        this.checkedAt = now;
    }

    boolean isTimeUpStopsInput() {
        return timeUpStopsInput;
    }

    void setTimeUpStopsInput(boolean stops) {
        this.timeUpStopsInput = stops;
    }

    /** Whether the countdown has run out on a board where that stops participants' input. */
    boolean timeUp(Instant now) {
        Instant ends = getTimerEndsAt();
        return timeUpStopsInput && ends != null && !now.isBefore(ends);
    }

    /** Read-only for participants while a facilitator holds the room (facilitators still write). */
    @Column(name = "locked", nullable = false)
    private boolean locked;

    /** The note every screen highlights now; null for none. */
    @Column(name = "spotlight_note_id")
    private @Nullable Long spotlightNoteId;

    @Nullable
    String getPhasePlan() {
        return phasePlan;
    }

    /** A new plan; a running phase stops first (the service ends it), so the index never points into another plan. */
    void planPhases(List<PlannedPhase> plan) {
        if (phaseIndex != null) {
            throw new IllegalStateException("A phase is running");
        }
        this.phasePlan = PlannedPhase.format(plan);
    }

    /** Back to the kind's default plan; like a new plan, not while a phase runs. */
    void useDefaultPhases() {
        if (phaseIndex != null) {
            throw new IllegalStateException("A phase is running");
        }
        this.phasePlan = null;
    }

    @Nullable
    Integer getPhaseIndex() {
        return phaseIndex;
    }

    @Nullable
    Phase getPhase() {
        return phase;
    }

    @Nullable
    Instant getPhaseStartedAt() {
        return phaseStartedAt;
    }

    /** Runs phase {@code index} of the plan from {@code now}, or none when {@code planned} is null. */
    void runPhase(@Nullable Integer index, @Nullable PlannedPhase planned, Instant now) {
        this.phaseStartedAt = planned == null ? null : now;
        this.phaseIndex = planned == null ? null : index;
        this.phase = planned == null ? null : planned.phase();
        this.phaseSectionId = planned == null ? null : planned.sectionId();
    }

    @Nullable
    Long getPhaseSectionId() {
        return phaseSectionId;
    }

    boolean isLocked() {
        return locked;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    @Nullable
    Long getSpotlightNoteId() {
        return spotlightNoteId;
    }

    void spotlight(@Nullable Long noteId) {
        this.spotlightNoteId = noteId;
    }
}
