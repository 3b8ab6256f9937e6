package org.samskab.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the board engine hands out: plain values, already filtered for the member who asked. */
public final class BoardViews {

    private BoardViews() {
    }

    /** A board on an agenda. */
    public record BoardSummary(long id, long networkId, @Nullable Long gatheringId, BoardKind kind, String title,
            @Nullable String instructions, int position, boolean allowAnonymous,
            // Reflection walls
            boolean postsAnonymous) {
    }

    /**
     * A section. On a built-in stage or step ({@code stageKey} set), {@code title} and {@code guidance} are null
     * while they are the kind's defaults, which each screen shows in its member's language.
     */
    public record SectionState(long id, @Nullable String title, double position,
            // Theory U canvas and case clinic
            @Nullable String stageKey, @Nullable String guidance, @Nullable Integer durationSeconds) {
    }

    /**
     * A note as every member may see it. {@code authorName} is null for anonymous notes; {@code votes} is null
     * while vote totals are hidden; {@code version} counts text edits (what an editor's save is checked against).
     * {@code privatePost}: only its author is ever given it, until the reveal; {@code resonates}: how many members
     * it resonates with.
     */
    public record NoteState(long id, long sectionId, String text, NoteColour colour, @Nullable String authorName,
            boolean anonymous, double position, long version, @Nullable Integer votes, long revision,
            // Reflection walls
            boolean privatePost, int resonates,
            // Theory U canvas and case clinic: the mirror's opening, the author's part in the board's group (null
            // when anonymous or not in it), and the notes in later sections this one leads to
            @Nullable NoteMirror mirror, @Nullable GroupRole authorRole, List<Long> linksTo) {

        public NoteState {
            // Immutable, so one state can be shared by every screen that shows it (see live.LiveBoards). Texts
            // are interned: every screen that opens a board reads its own copy from the database otherwise.
            linksTo = linksTo == null ? List.of() : List.copyOf(linksTo);
            text = text == null ? null : text.intern();
            authorName = authorName == null ? null : authorName.intern();
        }
    }

    /** Board-wide state every member sees. */
    public record BoardState(long id, String title, @Nullable String instructions, BoardKind kind,
            boolean allowAnonymous,
            VoteState voteState, int voteRound, int voteDots, boolean voteTotalsVisible, long revision,
            // Reflection walls
            boolean postsAnonymous, boolean privateWriting,
            // Facilitation: the section everyone is on now, the shared countdown (running until
            // timerEndsAt, or paused with timerPausedSeconds left), and the group working on the board
            @Nullable Long focusSectionId, @Nullable Instant timerEndsAt, @Nullable Integer timerPausedSeconds,
            List<GroupMemberState> group,
            // Its gathering is closed: nobody writes on it until a facilitator reopens the gathering
            boolean readOnly,
            // Pacing the room (docs/adr/0183): the plan of phases, the running one (its index in the plan, the
            // phase and a stage's section; all null while none runs), the participants' lock, the spotlit note
            List<PlannedPhase> phases, @Nullable Integer phaseIndex, @Nullable Phase phase,
            @Nullable Long phaseSectionId, boolean locked, @Nullable Long spotlightNoteId,
            // Participants' input stops when the countdown runs out
            boolean timeUpStopsInput) {

        public BoardState {
            phases = List.copyOf(phases);
        }
    }

    /** A member of the group working on a board, and their part in it. */
    public record GroupMemberState(long memberId, @Nullable String name, GroupRole role) {
    }

    /**
     * The whole board for one member: the shared state plus what is theirs (which notes they wrote, their dots,
     * whether they moderate). Built from the database each time a board is opened.
     */
    public record BoardSnapshot(BoardState board, long networkId, @Nullable Long gatheringId,
            List<SectionState> sections,
            List<NoteState> notes, java.util.Set<Long> myNoteIds, Map<Long, Integer> myDots, boolean canModerate,
            long revision,
            // Reflection walls: the posts the member resonates with; the facilitators' view of the wall (else null)
            java.util.Set<Long> myResonates, @Nullable WallStatus wallStatus) {

        public int dotsLeft() {
            return BoardRules.of(board).dotsLeft(myDots.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    /**
     * One entry of the change log as a facilitator may read it; anonymous authors are not named. {@code detail}
     * is what the entry says beyond its action (why a post was hidden), or null.
     */
    public record ChangeEntry(long revision, Instant at, @Nullable String memberName, ChangeAction action,
            @Nullable Long noteId, @Nullable Long sectionId, @Nullable String before, @Nullable String after,
            // Reflection walls
            @Nullable String detail) {
    }

    // ---------------------------------------------------------------- reflection walls

    /**
     * What a wall's facilitators see besides the posts: how many private posts each prompt holds (counts only,
     * so they know when to reveal), how many people have posted, and whether that is too few for anonymity.
     */
    public record WallStatus(Map<Long, Integer> privatePostsBySection, int posters, boolean anonymityWeak) {

        public int privatePosts() {
            return privatePostsBySection.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A post a facilitator hid: what it said, who hid it and why. Its author is not named. */
    public record HiddenPost(long noteId, long sectionId, String text, @Nullable String hiddenBy,
            @Nullable String reason) {
    }

    // ---------------------------------------------------------------- the room of a live gathering (ADR 0184)

    /**
     * Where a live gathering's facilitators have brought everyone: a board on its agenda and, within it, a section
     * or a note (null: the board itself). {@code bringCount} grows each time; a screen that follows goes along
     * when it grows. {@code currentBoardTitle} is null while nobody has been brought anywhere.
     */
    public record RoomState(long gatheringId, @Nullable Long currentBoardId, @Nullable String currentBoardTitle,
            int bringCount, @Nullable Long bringSectionId, @Nullable Long bringNoteId, long revision,
            @Nullable String joinCode, boolean joiningOpen) {

        public static RoomState empty(long gatheringId) {
            return new RoomState(gatheringId, null, null, 0, null, null, 0, null, false);
        }

        /** The join code as people read it ("K7QM-3XRD"), while it lets people in; else null. */
        public @Nullable String shownJoinCode() {
            return joinCode == null || !joiningOpen ? null : JoinCodes.display(joinCode);
        }
    }

    /** Where a join code leads: the live gathering, its network and the board the room is on (null: none yet). */
    public record JoinTarget(long gatheringId, long networkId, @Nullable Long currentBoardId) {
    }

    /**
     * The room at a glance, for facilitators: who is present by organisation (counts only), and how many have
     * posted since the running phase started (or at all, with no phase) and voted in the current round. Counts
     * only, never names: on an anonymous board, too, nobody learns who wrote or voted.
     */
    public record RoomGlance(int present, Map<String, Integer> presentByOrganisation, int withoutOrganisation,
            int posted, int voted, boolean sincePhase) {
    }
}
