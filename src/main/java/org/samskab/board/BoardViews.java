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
            @Nullable NoteMirror mirror, @Nullable GroupRole authorRole, List<Long> linksTo,
            // The network's memory: its author keeps it out of the archive, search and exports (docs/adr/0192)
            boolean roomOnly) {

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

        /** The same state with its group named otherwise (replay names them as they are now). */
        public BoardState withGroup(List<GroupMemberState> named) {
            return new BoardState(id, title, instructions, kind, allowAnonymous, voteState, voteRound, voteDots,
                    voteTotalsVisible, revision, postsAnonymous, privateWriting, focusSectionId, timerEndsAt,
                    timerPausedSeconds, named, readOnly, phases, phaseIndex, phase, phaseSectionId, locked,
                    spotlightNoteId, timeUpStopsInput);
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
            @Nullable String joinCode, boolean joiningOpen, boolean guestsAllowed,
            // The room's breakout groups (docs/adr/0188): running, or ended and shown side by side; else null
            @Nullable BreakoutState breakout) {

        public static RoomState empty(long gatheringId) {
            return new RoomState(gatheringId, null, null, 0, null, null, 0, null, false, false, null);
        }

        /** The breakout while its groups meet; null when there is none or it has ended. */
        public @Nullable BreakoutState runningBreakout() {
            return breakout != null && !breakout.ended() ? breakout : null;
        }

        /** While the gathering is live (the room closes with it). */
        public boolean live() {
            return joinCode != null;
        }

        /** The join code as people read it ("K7QM-3XRD"), while it lets people in; else null. */
        public @Nullable String shownJoinCode() {
            return joinCode == null || !joiningOpen ? null : JoinCodes.display(joinCode);
        }
    }

    /**
     * Where a join code leads: the live gathering, its network, the board the room is on (null: none yet), the
     * first on its agenda (where a guest waits before anyone was brought anywhere), and whether guests may come in.
     */
    public record JoinTarget(long gatheringId, long networkId, @Nullable Long currentBoardId,
            @Nullable Long firstBoardId, boolean guestsAllowed) {

        /** Where a guest lands: the room's board, else the agenda's first; null when the agenda is empty. */
        public @Nullable Long guestLanding() {
            return currentBoardId != null ? currentBoardId : firstBoardId;
        }
    }

    /**
     * A guest just let into a gathering (docs/adr/0187): the made-up address its sign-in goes by, and the board it
     * lands on (the room's, else the agenda's first; null when the agenda is empty).
     */
    public record GuestAdmission(long guestId, String signInName, @Nullable Long boardId) {
    }

    /** How a room is split into breakout groups (docs/adr/0188). */
    public enum BreakoutMethod {
        RANDOM, MIX_ORGANISATIONS, BY_HAND
    }

    /**
     * A facilitator's split of the room: how, by group size or count (one of them; not by hand), or by hand (member id
     * to group number, from 1); the board each group's board is made like (null: the board the room is on); and
     * whether it is a learning café (each table has a host who stays when the others move on).
     */
    public record BreakoutPlan(BreakoutMethod method, @Nullable Integer size, @Nullable Integer count,
            Map<Long, Integer> byHand, @Nullable Long blueprintBoardId, boolean cafe) {

        public BreakoutPlan {
            byHand = byHand == null ? Map.of() : Map.copyOf(byHand);
        }

        public static BreakoutPlan bySize(BreakoutMethod method, int size) {
            return new BreakoutPlan(method, size, null, Map.of(), null, false);
        }

        public static BreakoutPlan byCount(BreakoutMethod method, int count) {
            return new BreakoutPlan(method, null, count, Map.of(), null, false);
        }

        /** The same split as a learning café, whose tables rotate. */
        public BreakoutPlan asCafe() {
            return new BreakoutPlan(method, size, count, byHand, blueprintBoardId, true);
        }
    }

    /**
     * The room's breakout as every screen that follows the room hears it: its groups and boards, who sits where this
     * round (member id to group number), the facilitators' message and timer to all groups (epoch milliseconds, 0:
     * none), and whether it has ended (then the groups' boards are shown side by side).
     */
    public record BreakoutState(long id, long sourceBoardId, int round, boolean ended, boolean cafe,
            List<BreakoutGroupState> groups, Map<Long, Integer> seats, @Nullable String message, long messageAt,
            long timerEndsAt) {

        public BreakoutState {
            groups = List.copyOf(groups);
            seats = Map.copyOf(seats);
        }

        /** The group a member sits in this round; null when they are not in one (they stay in the plenary). */
        public @Nullable BreakoutGroupState groupOf(long memberId) {
            Integer number = seats.get(memberId);
            return number == null || number < 1 || number > groups.size() ? null : groups.get(number - 1);
        }
    }

    /** One breakout group: its number (from 1), board, host (a learning café's: stays when it rotates) and size. */
    public record BreakoutGroupState(int number, long boardId, @Nullable Long hostId, int size) {
    }

    /**
     * The groups' boards side by side, for the plenary and the room's screen: each group's notes as its reader may
     * see them.
     */
    public record BreakoutOverview(long breakoutId, long gatheringId, long sourceBoardId, String sourceTitle,
            List<GroupBoard> groups) {
    }

    /** One group's board in the side-by-side view. */
    public record GroupBoard(int number, long boardId, String title, List<NoteState> notes) {
    }

    /** A guest in a live gathering, for its facilitators. */
    public record RoomGuest(long id, String displayName, java.time.Instant joinedAt) {
    }

    /**
     * The room at a glance, for facilitators: who is present by organisation (counts only), and how many have
     * posted since the running phase started (or at all, with no phase) and voted in the current round. Counts
     * only, never names: on an anonymous board, too, nobody learns who wrote or voted.
     */
    public record RoomGlance(int present, Map<String, Integer> presentByOrganisation, int withoutOrganisation,
            int posted, int voted, boolean sincePhase) {
    }

    /**
     * A note found by search (docs/adr/0193), as its board shows it to the member: no author on an anonymous
     * post. {@code sectionTitle} is null on a built-in stage or step whose title is its kind's default
     * ({@code sectionStageKey} names it).
     */
    public record FoundNote(long noteId, long boardId, String boardTitle, @Nullable Long gatheringId,
            @Nullable String sectionTitle, @Nullable String sectionStageKey, String text,
            @Nullable String authorName) {
    }

    /** A board, or a section of one, whose title matched ({@code sectionId} null for the board's own title). */
    public record FoundTitle(long boardId, String boardTitle, @Nullable Long gatheringId, @Nullable Long sectionId,
            @Nullable String sectionTitle) {
    }

    /** What a search found: the best notes, how many notes matched in all, and matching titles. */
    public record SearchResults(List<FoundNote> notes, long totalNotes, List<FoundTitle> titles) {

        public static final SearchResults NONE = new SearchResults(List.of(), 0, List.of());
    }
}
