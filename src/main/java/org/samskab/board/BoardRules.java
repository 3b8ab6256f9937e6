package org.samskab.board;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.BoardState;

/**
 * Who may do what on a board, in its current state: the one place the engine's rules are written. Pure Java, so
 * every cell of role × kind × state is tested without a database. The services enforce it ({@link #require}); the
 * board screen asks it which actions to offer ({@code may…}) and never decides on its own.
 * <p>
 * Each rule answers with the first {@link Refusal} that applies, or null when the action is allowed. Their order
 * is part of the rule: a closed board says "read-only" to members before anything else, while a facilitator-only
 * action refuses a non-facilitator before saying the board is closed.
 *
 * @param kind what kind of board (its capabilities)
 * @param readOnly its gathering is closed
 * @param voteState whether a dot vote is open, closed, or has never run
 * @param voteDots how many dots each member has in the current vote
 * @param totalsVisible whether members see vote totals now
 * @param privateWriting new posts are private to their authors until the reveal
 * @param allowAnonymous members may choose to post anonymously
 * @param postsAnonymous every post is stored anonymous
 * @param pacing how facilitators pace participants now: the running phase and the lock
 */
public record BoardRules(BoardKind kind, boolean readOnly, VoteState voteState, int voteDots,
        boolean totalsVisible, boolean privateWriting, boolean allowAnonymous, boolean postsAnonymous,
        Pacing pacing) {

    /** Rules of a board no facilitator paces: no phase runs, nothing is locked. */
    public BoardRules(BoardKind kind, boolean readOnly, VoteState voteState, int voteDots, boolean totalsVisible,
            boolean privateWriting, boolean allowAnonymous, boolean postsAnonymous) {
        this(kind, readOnly, voteState, voteDots, totalsVisible, privateWriting, allowAnonymous, postsAnonymous,
                Pacing.FREE);
    }

    /**
     * How facilitators pace participants (docs/adr/0183). Facilitators themselves are never paced.
     *
     * @param phase the running phase; null while none runs and the board is open to all its kind allows
     * @param stageSectionId the stage a {@link Phase#STAGE} is about, where participants write now
     * @param locked the board is read-only for participants
     * @param timeUp the countdown has run out on a board where that stops participants' input
     */
    public record Pacing(@Nullable Phase phase, @Nullable Long stageSectionId, boolean locked, boolean timeUp) {
        public static final Pacing FREE = new Pacing(null, null, false, false);

        public Pacing(@Nullable Phase phase, @Nullable Long stageSectionId, boolean locked) {
            this(phase, stageSectionId, locked, false);
        }
    }

    /**
     * Who is acting: a member, whether they facilitate in the board's network, and their part in the board's
     * group (null when the board has no group or they are not in it).
     */
    public record Actor(long memberId, boolean facilitator, @Nullable GroupRole groupRole) {
    }

    /** Why an action is refused; each becomes the translated message the member sees. */
    public enum Refusal {
        NOT_ALLOWED(null),
        READ_ONLY("board.read-only"),
        ANONYMOUS_NOT_ALLOWED("board.anonymous-not-allowed"),
        MIRROR_NOT_HERE("board.mirror-not-here"),
        FIXED_SECTIONS("board.fixed-sections"),
        NO_LINKS("board.no-links"),
        NO_VOTES_HERE("wall.no-votes"),
        NO_OPEN_VOTE("board.no-open-vote"),
        VOTE_ALREADY_OPEN("board.vote-already-open"),
        NO_DOTS_LEFT("board.no-dots-left"),
        NO_VOTE_YET("board.no-vote-yet"),
        TOTALS_HIDDEN("board.totals-hidden"),
        ONLY_ON_WALLS("wall.only-on-walls"),
        RESONATE_OWN("wall.resonate-own"),
        NO_GROUP("board.no-group"),
        LOCKED("board.locked"),
        TIME_UP("board.time-up-input"),
        NOT_IN_PHASE("board.not-in-phase"),
        OTHER_STAGE("board.other-stage");

        private final @Nullable String messageKey;

        Refusal(@Nullable String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The rules of a board as its screen knows it, now. */
    public static BoardRules of(BoardState state) {
        return of(state, java.time.Instant.now());
    }

    /** The rules of a board as its screen knows it, at {@code now} (a countdown may have stopped input). */
    public static BoardRules of(BoardState state, java.time.Instant now) {
        java.time.Instant ends = state.timerEndsAt();
        boolean timeUp = state.timeUpStopsInput() && ends != null && !now.isBefore(ends);
        boolean totalsVisible = state.voteState() == VoteState.CLOSED
                || (state.voteState() == VoteState.OPEN && state.voteTotalsVisible());
        return new BoardRules(state.kind(), state.readOnly(), state.voteState(), state.voteDots(), totalsVisible,
                state.privateWriting(), state.allowAnonymous(), state.postsAnonymous(),
                new Pacing(state.phase(), state.phaseSectionId(), state.locked(), timeUp));
    }

    /** The refusals that say the board is not as a screen last showed it: locked, moved on, closed since. */
    private static final java.util.Set<String> STATE_CHANGED = java.util.stream.Stream
            .of(Refusal.READ_ONLY, Refusal.LOCKED, Refusal.TIME_UP, Refusal.NOT_IN_PHASE, Refusal.OTHER_STAGE,
                    Refusal.NO_OPEN_VOTE, Refusal.VOTE_ALREADY_OPEN, Refusal.NO_VOTE_YET)
            .map(refusal -> Objects.requireNonNull(refusal.messageKey)).collect(java.util.stream.Collectors.toSet());

    /**
     * Whether a refusal means the screen that asked is behind the board (a tab left open while someone deleted the
     * note, locked the board, ended the phase or closed the gathering; docs/adr/0206): the screen then shows the
     * board as it is now.
     */
    public static boolean saysTheScreenIsBehind(UserFacingException refusal) {
        return refusal instanceof org.samskab.base.ItemNotFoundException || refusal instanceof PermissionDeniedException
                || STATE_CHANGED.contains(refusal.messageKey());
    }

    /** Throws the refusal as the exception its member sees; does nothing for null (allowed). */
    public void require(@Nullable Refusal refusal) {
        if (refusal != null) {
            throw exception(refusal);
        }
    }

    private UserFacingException exception(Refusal refusal) {
        if (refusal == Refusal.NOT_ALLOWED) {
            return new PermissionDeniedException();
        }
        String key = Objects.requireNonNull(refusal.messageKey);
        return refusal == Refusal.NO_DOTS_LEFT ? new InvalidInputException(key, voteDots)
                : new InvalidInputException(key);
    }

    // ---------------------------------------------------------------- writing on the board

    /** Adding notes, moving them, linking them and voting: everyone, except on a board with a group. */
    public @Nullable Refusal write(Actor actor) {
        if (readOnly) {
            return Refusal.READ_ONLY;
        }
        if (kind.hasGroup() && !actor.facilitator() && actor.groupRole() == null) {
            return Refusal.NOT_ALLOWED;
        }
        return null;
    }

    /**
     * Whether the room's pace lets a participant take {@code step} now: not while the board is locked, and only
     * the running phase's steps. Facilitators are not paced. Every participant's rule below asks this after the
     * board's own state, so that a closed board still says "read-only" first.
     */
    public @Nullable Refusal paced(Actor actor, Phase.Step step) {
        if (actor.facilitator()) {
            return null;
        }
        if (pacing.locked()) {
            return Refusal.LOCKED;
        }
        if (pacing.timeUp()) {
            return Refusal.TIME_UP;
        }
        Phase phase = pacing.phase();
        return phase == null || phase.allows(step) ? null : Refusal.NOT_IN_PHASE;
    }

    /** Adding a note to, or moving one into, a section: during a stage, participants write in that stage only. */
    public @Nullable Refusal intoSection(Actor actor, long sectionId) {
        Long stage = pacing.stageSectionId();
        if (actor.facilitator() || pacing.phase() != Phase.STAGE || stage == null) {
            return null;
        }
        return stage == sectionId ? null : Refusal.OTHER_STAGE;
    }

    private static @Nullable Refusal first(@Nullable Refusal refusal, @Nullable Refusal then) {
        return refusal != null ? refusal : then;
    }

    /** What only facilitators change: the board's settings, votes, focus, timer, group, guidance. */
    public @Nullable Refusal facilitate(Actor actor) {
        if (!actor.facilitator()) {
            return Refusal.NOT_ALLOWED;
        }
        return readOnly ? Refusal.READ_ONLY : null;
    }

    /** Adding a note; {@code anonymous}: the member asked to post without their name. */
    public @Nullable Refusal addNote(Actor actor, boolean anonymous) {
        Refusal refusal = first(write(actor), paced(actor, Phase.Step.ADD));
        if (refusal == null && anonymous && !allowAnonymous && !postsAnonymous) {
            return Refusal.ANONYMOUS_NOT_ALLOWED;
        }
        return refusal;
    }

    /** A mirror (I see / I sense / I feel) is a coach's, in a case clinic's mirroring step; the case giver listens. */
    public @Nullable Refusal mirror(Actor actor, @Nullable String sectionStageKey) {
        String mirrorStage = kind.mirrorStageKey();
        if (mirrorStage == null || !mirrorStage.equals(sectionStageKey) || actor.groupRole() == GroupRole.CASE_GIVER) {
            return Refusal.MIRROR_NOT_HERE;
        }
        return null;
    }

    /**
     * Changing a note's text, colour or existence: its author, and moderators too where posts do not belong to
     * their authors alone.
     */
    public @Nullable Refusal changeNote(Actor actor, long authorId) {
        if (readOnly) {
            return Refusal.READ_ONLY;
        }
        boolean author = authorId == actor.memberId();
        if (!author && (kind.postsBelongToAuthors() || !actor.facilitator())) {
            return Refusal.NOT_ALLOWED;
        }
        return paced(actor, Phase.Step.EDIT);
    }

    /** Moving a note: affinity grouping is shared work, except that a post that is its author's moves only by them or facilitators. */
    public @Nullable Refusal moveNote(Actor actor, long authorId) {
        if (readOnly) {
            return Refusal.READ_ONLY;
        }
        if (kind.postsBelongToAuthors() && authorId != actor.memberId() && !actor.facilitator()) {
            return Refusal.NOT_ALLOWED;
        }
        return first(write(actor), paced(actor, Phase.Step.MOVE));
    }

    /** Linking notes (and unlinking them): shared work, on kinds whose notes lead to later ones. */
    public @Nullable Refusal link(Actor actor) {
        Refusal refusal = first(write(actor), paced(actor, Phase.Step.LINK));
        if (refusal == null && !kind.linksNotes()) {
            return Refusal.NO_LINKS;
        }
        return refusal;
    }

    // ---------------------------------------------------------------- sections

    /** Adding or reordering sections: members shape their own board's sections; a wall's prompts are the facilitators'. */
    public @Nullable Refusal arrangeSections(Actor actor) {
        Refusal refusal = shapeSections(actor);
        if (refusal == null && kind.hasBuiltInSections()) {
            return Refusal.FIXED_SECTIONS;
        }
        return first(refusal, paced(actor, Phase.Step.SHAPE_SECTIONS));
    }

    /** Renaming a section; a built-in stage or step frames everyone's work, so facilitators name it. */
    public @Nullable Refusal renameSection(Actor actor, boolean builtIn) {
        Refusal refusal = shapeSections(actor);
        if (refusal == null && builtIn && !actor.facilitator()) {
            return Refusal.NOT_ALLOWED;
        }
        return first(refusal, paced(actor, Phase.Step.SHAPE_SECTIONS));
    }

    /** Removing a section moves everyone's notes: facilitators only, and never a built-in one. */
    public @Nullable Refusal removeSection(Actor actor) {
        Refusal refusal = facilitate(actor);
        if (refusal == null && kind.hasBuiltInSections()) {
            return Refusal.FIXED_SECTIONS;
        }
        return refusal;
    }

    private @Nullable Refusal shapeSections(Actor actor) {
        if (readOnly) {
            return Refusal.READ_ONLY;
        }
        if (kind.sectionsAreFacilitators() && !actor.facilitator()) {
            return Refusal.NOT_ALLOWED;
        }
        return null;
    }

    // ---------------------------------------------------------------- dot voting

    /** One vote at a time (the board itself refuses a second one, too: {@code Board.startVote}). */
    public @Nullable Refusal startVote(Actor actor) {
        Refusal refusal = facilitate(actor);
        if (refusal == null && !kind.votes()) {
            return Refusal.NO_VOTES_HERE;
        }
        if (refusal == null && voteState == VoteState.OPEN) {
            return Refusal.VOTE_ALREADY_OPEN;
        }
        return refusal;
    }

    public @Nullable Refusal endVote(Actor actor) {
        Refusal refusal = facilitate(actor);
        if (refusal == null && voteState != VoteState.OPEN) {
            return Refusal.NO_OPEN_VOTE;
        }
        return refusal;
    }

    /** Placing a dot, with {@code dotsUsed} of the member's dots already placed in this vote. */
    public @Nullable Refusal placeDot(Actor actor, long dotsUsed) {
        Refusal refusal = removeDot(actor);
        if (refusal == null && dotsUsed >= voteDots) {
            return Refusal.NO_DOTS_LEFT;
        }
        return refusal;
    }

    public @Nullable Refusal removeDot(Actor actor) {
        Refusal refusal = first(write(actor), paced(actor, Phase.Step.DOT));
        if (refusal == null && voteState != VoteState.OPEN) {
            return Refusal.NO_OPEN_VOTE;
        }
        return refusal;
    }

    /** Sorting by votes needs a vote, and totals everyone sees: the new order would reveal hidden ones. */
    public @Nullable Refusal sortByVotes(Actor actor) {
        Refusal refusal = facilitate(actor);
        if (refusal == null && voteState == VoteState.NONE) {
            return Refusal.NO_VOTE_YET;
        }
        if (refusal == null && !totalsVisible) {
            return Refusal.TOTALS_HIDDEN;
        }
        return refusal;
    }

    /** How many dots a member has left, with {@code dotsUsed} placed; none outside an open vote. */
    public int dotsLeft(int dotsUsed) {
        return voteState == VoteState.OPEN ? Math.max(0, voteDots - dotsUsed) : 0;
    }

    // ---------------------------------------------------------------- reflection walls

    /** Starting private writing, and revealing the private posts. */
    public @Nullable Refusal privateWriting(Actor actor) {
        Refusal refusal = facilitate(actor);
        if (refusal == null && !kind.writesPrivately()) {
            return Refusal.ONLY_ON_WALLS;
        }
        return refusal;
    }

    /** Saying a post resonates: not on one's own (its author could count themselves). */
    public @Nullable Refusal resonate(Actor actor, long authorId) {
        if (readOnly) {
            return Refusal.READ_ONLY;
        }
        if (!kind.resonates()) {
            return Refusal.ONLY_ON_WALLS;
        }
        return authorId == actor.memberId() ? Refusal.RESONATE_OWN : paced(actor, Phase.Step.RESONATE);
    }

    /**
     * Hiding a post that breaks the room's agreements; elsewhere a facilitator edits or deletes. A private post is
     * not shared yet, so there is nothing to hide.
     */
    public @Nullable Refusal hide(Actor actor, boolean privatePost) {
        if (readOnly) {
            return Refusal.READ_ONLY;
        }
        if (!actor.facilitator()) {
            return Refusal.NOT_ALLOWED;
        }
        if (!kind.hidesPosts()) {
            return Refusal.ONLY_ON_WALLS;
        }
        return privatePost ? Refusal.NOT_ALLOWED : null;
    }

    /**
     * Keeping a post "for the room only" (docs/adr/0192), or giving it back to the network's memory: its author's
     * choice alone, whatever the board's state or pace, since it changes only what the network keeps afterwards,
     * never what the room sees. A closed gathering's posts too, so an author can still take one out of the archive.
     */
    public @Nullable Refusal keepForTheRoom(Actor actor, long authorId) {
        return authorId == actor.memberId() ? null : Refusal.NOT_ALLOWED;
    }

    // ---------------------------------------------------------------- the group (case clinic)

    public @Nullable Refusal setGroup(Actor actor) {
        Refusal refusal = facilitate(actor);
        if (refusal == null && !kind.hasGroup()) {
            return Refusal.NO_GROUP;
        }
        return refusal;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The publish gate (docs/adr/0191): a board of a closed gathering that is not yet published is read by the
     * network's facilitators and by those who took part; for anyone else it is missing, as a board that does not
     * exist. Whether the actor took part is asked only when it decides.
     */
    public static boolean mayRead(boolean withheld, Actor actor, java.util.function.BooleanSupplier tookPart) {
        return !withheld || actor.facilitator() || tookPart.getAsBoolean();
    }

    /** The change log, the hidden posts and a wall's private-post counts are facilitators' reading. */
    public @Nullable Refusal readFacilitatorsView(Actor actor) {
        return actor.facilitator() ? null : Refusal.NOT_ALLOWED;
    }

    /** Whether the actor moderates now: a facilitator, on a board that is not read-only. */
    public boolean moderates(Actor actor) {
        return facilitate(actor) == null;
    }
}
