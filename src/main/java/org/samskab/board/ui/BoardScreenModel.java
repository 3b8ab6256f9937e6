package org.samskab.board.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardRules;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.GroupRole;
import org.samskab.board.VoteState;

/**
 * The board screen's state, in plain Java: the board as this member last heard of it, their own notes, dots and
 * resonances, the notes shown, their links and who is editing them, and every "may I" the screen asks. Each of
 * those is the engine's rule ({@link BoardRules}) for this member, so the screen offers exactly what the services
 * accept; kinds differ by their capabilities ({@link org.samskab.board.BoardKind}), never by name.
 */
final class BoardScreenModel implements BoardScreenState {

    private final long memberId;
    /** From the snapshot: a facilitator in the board's network. */
    private boolean facilitator;
    private long networkId;
    private @Nullable Long gatheringId;
    @SuppressWarnings("NullAway.Init") // set by open(), before anything asks
    private BoardState board;
    @SuppressWarnings("NullAway.Init")
    private BoardRules rules;
    @SuppressWarnings("NullAway.Init")
    private Actor actor;
    private List<SectionState> sections = List.of();
    private final Set<Long> myNotes = new HashSet<>();
    private final Map<Long, Integer> myDots = new HashMap<>();
    private final Set<Long> myResonances = new HashSet<>();
    private final ShownNotes notes = new ShownNotes();

    /** The time the rules are judged by (a countdown may stop input): the portal's clock. */
    private final java.util.function.Supplier<java.time.Instant> now;

    BoardScreenModel(long memberId) {
        this(memberId, java.time.Instant::now);
    }

    BoardScreenModel(long memberId, java.util.function.Supplier<java.time.Instant> now) {
        this.memberId = memberId;
        this.now = now;
    }

    /** Starts from a freshly opened board (its notes are shown one by one, see {@link ShownNotes#shown}). */
    void open(BoardSnapshot snapshot) {
        facilitator = snapshot.canModerate();
        networkId = snapshot.networkId();
        gatheringId = snapshot.gatheringId();
        sections = snapshot.sections();
        List.of(myNotes, myResonances).forEach(Set::clear);
        myDots.clear();
        myNotes.addAll(snapshot.myNoteIds());
        myDots.putAll(snapshot.myDots());
        myResonances.addAll(snapshot.myResonates());
        notes.reset(snapshot.notes());
        setBoard(snapshot.board());
    }

    /** Whether the countdown has run out and stopped participants' input. */
    boolean inputStoppedByTime() {
        return rules.pacing().timeUp();
    }

    /** The countdown ran out on a board where that stops input: the rules are asked again, now. */
    void timeUp() {
        setBoard(board);
    }

    private void setBoard(BoardState newBoard) {
        board = newBoard;
        rules = BoardRules.of(newBoard, now.get());
        GroupRole role = newBoard.group().stream().filter(m -> m.memberId() == memberId).findFirst()
                .map(GroupMemberState::role).orElse(null);
        actor = new Actor(memberId, facilitator, role);
    }

    @Override
    public long boardId() {
        return board.id();
    }

    @Override
    public BoardState board() {
        return board;
    }

    long networkId() {
        return networkId;
    }

    @Nullable
    Long gatheringId() {
        return gatheringId;
    }

    BoardRules rules() {
        return rules;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public List<SectionState> sections() {
        return sections;
    }

    boolean hasSection(long sectionId) {
        return sections.stream().anyMatch(s -> s.id() == sectionId);
    }

    /** The notes shown, their links and who edits them (the live layer's bookkeeping). */
    ShownNotes notes() {
        return notes;
    }

    @Override
    public @Nullable NoteState note(long noteId) {
        return notes.get(noteId);
    }

    // ---------------------------------------------------------------- the rules, for this member

    /** The author as the rules need it: this member for their own notes, else nobody this screen may know. */
    private long authorOf(NoteState note) {
        return myNotes.contains(note.id()) ? memberId : -1;
    }

    /** Whether this member moderates now: a facilitator, on a board that is not read-only. */
    boolean moderates() {
        return rules.moderates(actor);
    }

    /** Whether this member reads what only facilitators read (the history, a wall's counts). */
    boolean readsFacilitatorsView() {
        return rules.readFacilitatorsView(actor) == null;
    }

    /** A facilitator in the board's network, read-only or not (told how to reopen a closed board). */
    boolean facilitator() {
        return actor.facilitator();
    }

    @Override
    public boolean mayWrite() {
        return rules.addNote(actor, false) == null;
    }

    @Override
    public boolean mayPutIn(SectionState section) {
        return rules.intoSection(actor, section.id()) == null;
    }

    @Override
    public boolean maySpotlight(NoteState note) {
        return !note.privatePost() && rules.facilitate(actor) == null;
    }

    /** A member, not a guest: actions between gatherings are members' (set by the view). */
    private boolean member = true;

    void member(boolean member) {
        this.member = member;
    }

    @Override
    public boolean mayMakeAction(NoteState note) {
        // A post the network keeps: an action shows where it came from (docs/adr/0196).
        return member && !note.privatePost() && !note.roomOnly();
    }

    /** The board's gathering has a room this screen follows (set by the view once it is known). */
    private boolean inRoom;

    void inRoom(boolean inRoom) {
        this.inRoom = inRoom;
    }

    @Override
    public boolean mayBringEveryone() {
        return inRoom && rules.facilitate(actor) == null;
    }

    /** Whether this member paces the room: plans and steps through phases, locks the board. */
    boolean pacesTheRoom() {
        return rules.facilitate(actor) == null;
    }

    @Override
    public boolean mayChange(NoteState note) {
        return rules.changeNote(actor, authorOf(note)) == null;
    }

    @Override
    public boolean mayRecolour(NoteState note) {
        return board.kind().colouredNotes() && mayChange(note);
    }

    @Override
    public boolean mayMove(NoteState note) {
        return rules.moveNote(actor, authorOf(note)) == null;
    }

    @Override
    public boolean mayHide(NoteState note) {
        return rules.hide(actor, note.privatePost()) == null;
    }

    @Override
    public boolean mayKeepForTheRoom(NoteState note) {
        return rules.keepForTheRoom(actor, authorOf(note)) == null;
    }

    /** Restoring a hidden post is hiding undone: the same rule. */
    boolean mayRestorePosts() {
        return rules.hide(actor, false) == null;
    }

    @Override
    public boolean mayResonate(NoteState note) {
        return rules.resonate(actor, authorOf(note)) == null;
    }

    @Override
    public boolean resonates(long noteId) {
        return myResonances.contains(noteId);
    }

    @Override
    public boolean offersAnonymousChoice() {
        return board.kind().offersAnonymousChoice() && rules.addNote(actor, true) == null;
    }

    @Override
    public boolean offersMirror(SectionState section) {
        return rules.mirror(actor, section.stageKey()) == null;
    }

    @Override
    public boolean mayLinkFrom(NoteState note) {
        // A private post is not shared yet, so nothing leads from it.
        return rules.link(actor) == null && !note.privatePost() && !laterSections(note).isEmpty();
    }

    @Override
    public boolean mayUnlink() {
        return rules.link(actor) == null;
    }

    private List<SectionState> laterSections(NoteState note) {
        double position = sectionPosition(note.sectionId());
        return sections.stream().filter(s -> s.position() > position).toList();
    }

    private double sectionPosition(long sectionId) {
        return sections.stream().filter(s -> s.id() == sectionId).findFirst().map(SectionState::position)
                .orElse(Double.NaN);
    }

    @Override
    public List<NoteState> laterNotes(NoteState note) {
        double position = sectionPosition(note.sectionId());
        return notes.all().stream()
                .filter(n -> sectionPosition(n.sectionId()) > position && !note.linksTo().contains(n.id()))
                .sorted(Comparator.comparingDouble((NoteState n) -> sectionPosition(n.sectionId()))
                        .thenComparingDouble(NoteState::position))
                .toList();
    }

    @Override
    public List<Long> linkedFrom(long noteId) {
        return notes.linkedFrom(noteId);
    }

    @Override
    public boolean votesNow() {
        return rules.removeDot(actor) == null;
    }

    @Override
    public boolean mayPlaceDot() {
        return rules.placeDot(actor, dotsUsed()) == null;
    }

    @Override
    public int myDotsOn(long noteId) {
        return myDots.getOrDefault(noteId, 0);
    }

    @Override
    public int dotsLeft() {
        return rules.dotsLeft(dotsUsed());
    }

    @Override
    public CardRights cardRights() {
        // A card asks the rules as its author or as nobody this screen may know (authorOf): both are answered.
        return new CardRights(readOnly(), votesNow(), mayPlaceDot(), rules.moveNote(actor, memberId) == null,
                rules.moveNote(actor, -1) == null, rules.resonate(actor, memberId) == null,
                rules.resonate(actor, -1) == null);
    }

    private int dotsUsed() {
        return myDots.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean mayStartVote() {
        return rules.startVote(actor) == null;
    }

    boolean mayEndVote() {
        return rules.endVote(actor) == null;
    }

    /** Sorting is offered once the vote has closed (the rule would also allow it during a vote with totals shown). */
    boolean maySortByVotes() {
        return board.voteState() == VoteState.CLOSED && rules.sortByVotes(actor) == null;
    }

    @Override
    public boolean mayAddSection() {
        return rules.arrangeSections(actor) == null;
    }

    @Override
    public boolean mayRenameSection(SectionState section) {
        return rules.renameSection(actor, section.stageKey() != null) == null;
    }

    @Override
    public boolean mayRemoveSection(SectionState section) {
        return section.stageKey() == null && rules.removeSection(actor) == null;
    }

    @Override
    public boolean mayMoveSections() {
        // A screen choice within the rule: members add and rename their own sections, while a wall's prompts (the
        // facilitators') also get buttons to put them in order.
        return board.kind().sectionsAreFacilitators() && rules.arrangeSections(actor) == null;
    }

    @Override
    public boolean mayEditGuidance(SectionState section) {
        return section.stageKey() != null && rules.facilitate(actor) == null;
    }

    boolean mayChooseGroup() {
        return rules.setGroup(actor) == null;
    }

    boolean mayWritePrivately() {
        return rules.privateWriting(actor) == null;
    }

    // ---------------------------------------------------------------- changes (the live layer's and our own)

    /** How a new board state differs from the one shown; null when it is older than what the screen has. */
    record BoardChange(boolean votes, boolean privacy, boolean group, boolean readOnly, boolean pacing,
            boolean spotlight, boolean timer, boolean heading, boolean focus) {
    }

    @Nullable
    BoardChange boardChanged(BoardState newBoard) {
        if (newBoard.revision() < board.revision()) {
            return null; // this screen applied its own newer change already
        }
        BoardChange change = new BoardChange(
                newBoard.voteRound() != board.voteRound() || newBoard.voteState() != board.voteState()
                        || newBoard.voteTotalsVisible() != board.voteTotalsVisible(),
                newBoard.privateWriting() != board.privateWriting(), !newBoard.group().equals(board.group()),
                newBoard.readOnly() != board.readOnly(),
                !java.util.Objects.equals(newBoard.phaseIndex(), board.phaseIndex())
                        || newBoard.phase() != board.phase() || newBoard.locked() != board.locked()
                        || !newBoard.phases().equals(board.phases()),
                !java.util.Objects.equals(newBoard.spotlightNoteId(), board.spotlightNoteId()),
                !java.util.Objects.equals(newBoard.timerEndsAt(), board.timerEndsAt())
                        || !java.util.Objects.equals(newBoard.timerPausedSeconds(), board.timerPausedSeconds()),
                !newBoard.title().equals(board.title())
                        || !java.util.Objects.equals(newBoard.instructions(), board.instructions()),
                !java.util.Objects.equals(newBoard.focusSectionId(), board.focusSectionId()));
        if (newBoard.voteRound() != board.voteRound()) {
            myDots.clear(); // a new round: a full budget
        }
        setBoard(newBoard);
        return change;
    }

    void sectionsChanged(List<SectionState> newSections) {
        sections = List.copyOf(newSections);
    }

    /** Forgets this member's dots on a removed note; returns whether there were any (they came back). */
    boolean dotsReturned(long noteId) {
        return myDots.remove(noteId) != null;
    }

    void ownNoteAdded(long noteId) {
        myNotes.add(noteId);
    }

    void dotPlaced(long noteId) {
        myDots.merge(noteId, 1, Integer::sum);
    }

    void dotRemoved(long noteId) {
        myDots.computeIfPresent(noteId, (k, v) -> v > 1 ? v - 1 : null);
    }

    void resonated(long noteId, boolean resonates) {
        if (resonates) {
            myResonances.add(noteId);
        } else {
            myResonances.remove(noteId);
        }
    }

    @Override
    public @Nullable Editor editor(long noteId) {
        return notes.editor(noteId);
    }

    /** Whether others may be told this member edits the note: a private post is nobody else's business. */
    boolean announcesEditing(long noteId) {
        NoteState note = notes.get(noteId);
        return note != null && !note.privatePost();
    }

    /** Whether the note is anonymous (its editor is then not named to others). */
    boolean anonymous(long noteId) {
        return Objects.requireNonNull(notes.get(noteId)).anonymous();
    }
}
