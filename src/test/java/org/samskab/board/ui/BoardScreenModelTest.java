package org.samskab.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.GroupRole;
import org.samskab.board.NoteColour;
import org.samskab.board.Phase;
import org.samskab.board.VoteState;

/**
 * The board screen's model, without Spring or Vaadin: which actions each member is offered on each kind of board,
 * as the engine's rules decide, and the bookkeeping of live changes.
 */
class BoardScreenModelTest {

    static final long ME = 1;
    static final long OTHER = 2;
    static final long MINE = 100;
    static final long THEIRS = 101;

    /** A board under construction: its kind and state, the sections and notes, and who opens it. */
    static final class Board {
        BoardKind kind;
        boolean readOnly;
        VoteState vote = VoteState.NONE;
        int voteRound;
        int dots = 3;
        boolean privateWriting;
        boolean allowAnonymous;
        long revision = 10;
        @Nullable
        Phase phase;
        @Nullable
        Long phaseSection;
        boolean locked;
        final List<GroupMemberState> group = new ArrayList<>();
        final List<SectionState> sections = new ArrayList<>();
        final List<NoteState> notes = new ArrayList<>();
        final Map<Long, Integer> myDots = new HashMap<>();

        Board(BoardKind kind) {
            this.kind = kind;
            if (kind == BoardKind.THEORY_U_CANVAS) {
                for (String stage : List.of("u-co-initiating", "u-co-sensing", "u-presencing")) {
                    sections.add(new SectionState(10 + sections.size(), null, sections.size() + 1, stage, null, null));
                }
            } else if (kind == BoardKind.CASE_CLINIC) {
                sections.add(new SectionState(10, null, 1, "cc-intention", null, 300));
                sections.add(new SectionState(11, null, 2, "cc-mirroring", null, 600));
            } else {
                sections.add(new SectionState(10, "First", 1, null, null, null));
                sections.add(new SectionState(11, "Second", 2, null, null, null));
            }
            notes.add(note(MINE, 10, List.of()));
            notes.add(note(THEIRS, 10, List.of()));
        }

        BoardState state() {
            return new BoardState(7, "Board", null, kind, allowAnonymous, vote, voteRound, dots, false, revision,
                    false, privateWriting, null, null, null, List.copyOf(group), readOnly, List.of(),
                    phase == null ? null : 0, phase, phaseSection, locked, null, false);
        }

        BoardScreenModel openedBy(boolean facilitator) {
            BoardScreenModel model = new BoardScreenModel(ME);
            model.open(new BoardSnapshot(state(), 3, null, List.copyOf(sections), List.copyOf(notes), Set.of(MINE),
                    Map.copyOf(myDots), facilitator, revision, Set.of(), null));
            notes.forEach(model.notes()::shown);
            return model;
        }
    }

    static NoteState note(long id, long sectionId, List<Long> linksTo) {
        return note(id, sectionId, linksTo, 1);
    }

    static NoteState note(long id, long sectionId, List<Long> linksTo, long revision) {
        return new NoteState(id, sectionId, "Note " + id, NoteColour.YELLOW, "Someone", false, id, 0, null,
                revision, false, 0, null, null, linksTo, false);
    }

    private static NoteState mine(BoardScreenModel model) {
        return java.util.Objects.requireNonNull(model.note(MINE));
    }

    private static NoteState theirs(BoardScreenModel model) {
        return java.util.Objects.requireNonNull(model.note(THEIRS));
    }

    /** What the member is offered on a note, by the names the screen shows them under. */
    private static List<String> offered(BoardScreenModel model, @Nullable NoteState note) {
        List<String> offered = new ArrayList<>();
        if (note == null) {
            return offered;
        }
        if (model.mayChange(note)) {
            offered.add("edit/delete");
        }
        if (model.mayRecolour(note)) {
            offered.add("colour");
        }
        if (model.mayMove(note)) {
            offered.add("move");
        }
        if (model.mayHide(note)) {
            offered.add("hide");
        }
        if (model.mayResonate(note)) {
            offered.add("resonate");
        }
        if (model.mayLinkFrom(note)) {
            offered.add("link");
        }
        return offered;
    }

    @Test
    void onAnIdeaBoardAuthorsChangeTheirNotesFacilitatorsAnyAndEveryoneMovesAndShapesClusters() {
        Board board = new Board(BoardKind.IDEA_BOARD);
        BoardScreenModel member = board.openedBy(false);
        assertThat(offered(member, mine(member))).containsExactly("edit/delete", "colour", "move");
        assertThat(offered(member, theirs(member))).containsExactly("move");
        assertThat(member.mayWrite()).isTrue();
        assertThat(member.mayAddSection()).isTrue();
        assertThat(member.mayRenameSection(board.sections.getFirst())).isTrue();
        assertThat(member.mayRemoveSection(board.sections.getFirst())).isFalse();
        assertThat(member.mayMoveSections()).isFalse();
        assertThat(member.mayStartVote()).isFalse();
        assertThat(member.readsFacilitatorsView()).isFalse();

        BoardScreenModel facilitator = board.openedBy(true);
        assertThat(offered(facilitator, theirs(facilitator))).containsExactly("edit/delete", "colour", "move");
        assertThat(facilitator.mayRemoveSection(board.sections.getFirst())).isTrue();
        assertThat(facilitator.mayMoveSections()).isFalse();
        assertThat(facilitator.mayStartVote()).isTrue();
        assertThat(facilitator.mayEndVote()).isFalse();
        assertThat(facilitator.readsFacilitatorsView()).isTrue();
    }

    @Test
    void anonymousPostingIsOfferedWhereTheBoardAllowsItAndNeverOnAWall() {
        Board board = new Board(BoardKind.IDEA_BOARD);
        assertThat(board.openedBy(false).offersAnonymousChoice()).isFalse();
        board.allowAnonymous = true;
        assertThat(board.openedBy(false).offersAnonymousChoice()).isTrue();
        Board wall = new Board(BoardKind.REFLECTION_WALL);
        wall.allowAnonymous = true;
        assertThat(wall.openedBy(false).offersAnonymousChoice()).isFalse();
    }

    @Test
    void onAWallAPostIsItsAuthorsOthersResonateAndFacilitatorsHideAndArrangeThePrompts() {
        Board wall = new Board(BoardKind.REFLECTION_WALL);
        BoardScreenModel member = wall.openedBy(false);
        assertThat(offered(member, mine(member))).containsExactly("edit/delete", "move");
        assertThat(offered(member, theirs(member))).containsExactly("resonate");
        assertThat(member.mayAddSection()).isFalse();
        assertThat(member.mayRenameSection(wall.sections.getFirst())).isFalse();
        assertThat(member.mayMoveSections()).isFalse();
        assertThat(member.mayWritePrivately()).isFalse();
        assertThat(member.mayStartVote()).isFalse();

        BoardScreenModel facilitator = wall.openedBy(true);
        // A facilitator hides a reflection instead of rewriting it, and tidies by moving it.
        assertThat(offered(facilitator, theirs(facilitator))).containsExactly("move", "hide", "resonate");
        assertThat(offered(facilitator, mine(facilitator))).containsExactly("edit/delete", "move", "hide");
        assertThat(facilitator.mayAddSection()).isTrue();
        assertThat(facilitator.mayRenameSection(wall.sections.getFirst())).isTrue();
        assertThat(facilitator.mayRemoveSection(wall.sections.getFirst())).isTrue();
        assertThat(facilitator.mayMoveSections()).isTrue();
        assertThat(facilitator.mayWritePrivately()).isTrue();
        assertThat(facilitator.mayRestorePosts()).isTrue();
        // Reflections are not ranked.
        assertThat(facilitator.mayStartVote()).isFalse();
    }

    @Test
    void aPrivatePostIsNotHiddenOrLinked() {
        Board wall = new Board(BoardKind.REFLECTION_WALL);
        wall.privateWriting = true;
        wall.notes.set(0, new NoteState(MINE, 10, "Private", NoteColour.YELLOW, "Me", false, 1, 0, null, 1, true, 0,
                null, null, List.of(), false));
        BoardScreenModel facilitator = wall.openedBy(true);
        assertThat(offered(facilitator, mine(facilitator))).containsExactly("edit/delete", "move");
    }

    @Test
    void onATheoryUCanvasNotesLinkToLaterStagesAndFacilitatorsFrameTheStages() {
        Board canvas = new Board(BoardKind.THEORY_U_CANVAS);
        canvas.notes.add(note(102, 12, List.of()));
        BoardScreenModel member = canvas.openedBy(false);
        assertThat(offered(member, mine(member))).containsExactly("edit/delete", "colour", "move", "link");
        assertThat(offered(member, member.note(102))).containsExactly("move"); // the last stage leads nowhere
        assertThat(member.laterNotes(mine(member))).extracting(NoteState::id).containsExactly(102L);
        assertThat(member.mayUnlink()).isTrue();
        SectionState stage = canvas.sections.getFirst();
        assertThat(member.mayAddSection()).isFalse();
        assertThat(member.mayRenameSection(stage)).isFalse();
        assertThat(member.mayEditGuidance(stage)).isFalse();
        assertThat(member.mayRemoveSection(stage)).isFalse();

        BoardScreenModel facilitator = canvas.openedBy(true);
        assertThat(facilitator.mayAddSection()).isFalse();
        assertThat(facilitator.mayRenameSection(stage)).isTrue();
        assertThat(facilitator.mayEditGuidance(stage)).isTrue();
        assertThat(facilitator.mayRemoveSection(stage)).isFalse();
        assertThat(facilitator.moderates()).isTrue();
    }

    @Test
    void onACaseClinicTheGroupWritesCoachesMirrorAndTheCaseGiverListens() {
        Board clinic = new Board(BoardKind.CASE_CLINIC);
        SectionState intention = clinic.sections.get(0);
        SectionState mirroring = clinic.sections.get(1);
        clinic.group.add(new GroupMemberState(ME, "Me", GroupRole.CASE_GIVER));
        BoardScreenModel caseGiver = clinic.openedBy(false);
        assertThat(caseGiver.mayWrite()).isTrue();
        assertThat(caseGiver.offersMirror(mirroring)).isFalse();
        assertThat(offered(caseGiver, theirs(caseGiver))).containsExactly("move");

        clinic.group.set(0, new GroupMemberState(ME, "Me", GroupRole.COACH));
        BoardScreenModel coach = clinic.openedBy(false);
        assertThat(coach.offersMirror(mirroring)).isTrue();
        assertThat(coach.offersMirror(intention)).isFalse();
        assertThat(coach.mayChooseGroup()).isFalse();

        // Someone outside the group reads along: no note form, and (unlike the screen before BoardRules) no
        // "move" either, which the service refuses them.
        clinic.group.clear();
        clinic.vote = VoteState.OPEN;
        BoardScreenModel outsider = clinic.openedBy(false);
        assertThat(outsider.mayWrite()).isFalse();
        assertThat(offered(outsider, mine(outsider))).containsExactly("edit/delete", "colour");
        assertThat(offered(outsider, theirs(outsider))).isEmpty();
        assertThat(outsider.votesNow()).isFalse();

        BoardScreenModel facilitator = clinic.openedBy(true);
        assertThat(facilitator.mayWrite()).isTrue();
        assertThat(facilitator.offersMirror(mirroring)).isTrue();
        assertThat(facilitator.mayChooseGroup()).isTrue();
        assertThat(facilitator.votesNow()).isTrue();
    }

    @Test
    void aReadOnlyBoardOffersNoChangeToAnyoneButFacilitatorsStillReadTheirView() {
        for (BoardKind kind : BoardKind.values()) {
            Board board = new Board(kind);
            board.readOnly = true;
            board.vote = VoteState.OPEN;
            for (boolean facilitator : new boolean[] {false, true}) {
                BoardScreenModel model = board.openedBy(facilitator);
                assertThat(offered(model, mine(model))).as(kind + " mine").isEmpty();
                assertThat(offered(model, theirs(model))).as(kind + " theirs").isEmpty();
                assertThat(model.mayWrite()).isFalse();
                assertThat(model.votesNow()).isFalse();
                assertThat(model.mayAddSection()).isFalse();
                assertThat(model.mayRenameSection(board.sections.getFirst())).isFalse();
                assertThat(model.mayRemoveSection(board.sections.getFirst())).isFalse();
                assertThat(model.mayEditGuidance(board.sections.getFirst())).isFalse();
                assertThat(model.mayMoveSections()).isFalse();
                assertThat(model.moderates()).isFalse();
                assertThat(model.mayStartVote() || model.mayEndVote()).isFalse();
                assertThat(model.readsFacilitatorsView()).isEqualTo(facilitator);
                assertThat(model.facilitator()).isEqualTo(facilitator);
            }
        }
    }

    @Test
    void inAnOpenVoteTheMemberPlacesDotsUntilNoneAreLeftAndANewRoundGivesThemBack() {
        Board board = new Board(BoardKind.IDEA_BOARD);
        board.vote = VoteState.OPEN;
        board.dots = 2;
        board.myDots.put(THEIRS, 1);
        BoardScreenModel model = board.openedBy(false);
        assertThat(model.votesNow()).isTrue();
        assertThat(model.dotsLeft()).isEqualTo(1);
        assertThat(model.mayPlaceDot()).isTrue();
        model.dotPlaced(MINE);
        assertThat(model.dotsLeft()).isZero();
        assertThat(model.mayPlaceDot()).isFalse();
        assertThat(model.myDotsOn(MINE)).isEqualTo(1);
        model.dotRemoved(MINE);
        assertThat(model.myDotsOn(MINE)).isZero();
        assertThat(model.dotsLeft()).isEqualTo(1);
        assertThat(model.dotsReturned(THEIRS)).isTrue(); // the note went: its dot came back
        assertThat(model.dotsLeft()).isEqualTo(2);

        model.dotPlaced(MINE);
        board.voteRound++;
        board.revision++;
        BoardScreenModel.BoardChange change = model.boardChanged(board.state());
        assertThat(change).isNotNull();
        assertThat(change.votes()).isTrue();
        assertThat(model.dotsLeft()).isEqualTo(2);

        board.vote = VoteState.CLOSED;
        board.revision++;
        model.boardChanged(board.state());
        assertThat(model.votesNow()).isFalse();
        assertThat(model.dotsLeft()).isZero();
        assertThat(model.maySortByVotes()).isFalse(); // facilitators only
    }

    @Test
    void facilitatorsSortByVotesOnceTheVoteHasClosed() {
        Board board = new Board(BoardKind.IDEA_BOARD);
        board.vote = VoteState.OPEN;
        BoardScreenModel facilitator = board.openedBy(true);
        assertThat(facilitator.mayEndVote()).isTrue();
        assertThat(facilitator.maySortByVotes()).isFalse();
        board.vote = VoteState.CLOSED;
        assertThat(board.openedBy(true).maySortByVotes()).isTrue();
    }

    @Test
    void anOlderBoardStateThanTheOneShownChangesNothing() {
        Board board = new Board(BoardKind.IDEA_BOARD);
        BoardScreenModel model = board.openedBy(false);
        board.revision = 5;
        board.readOnly = true;
        assertThat(model.boardChanged(board.state())).isNull();
        assertThat(model.readOnly()).isFalse();
        board.revision = 11;
        assertThat(model.boardChanged(board.state()).readOnly()).isTrue();
        assertThat(model.mayWrite()).isFalse();
    }

    @Test
    void joiningAGroupOpensTheBoardToTheMember() {
        Board clinic = new Board(BoardKind.CASE_CLINIC);
        BoardScreenModel model = clinic.openedBy(false);
        assertThat(model.mayWrite()).isFalse();
        clinic.group.add(new GroupMemberState(ME, "Me", GroupRole.COACH));
        clinic.revision++;
        assertThat(model.boardChanged(clinic.state()).group()).isTrue();
        assertThat(model.mayWrite()).isTrue();
    }

    @Test
    void linksAreKeptBothWaysAndForgottenWithTheirNotes() {
        Board canvas = new Board(BoardKind.THEORY_U_CANVAS);
        BoardScreenModel model = canvas.openedBy(false);
        NoteState later = note(102, 12, List.of());
        model.notes().shown(later);
        assertThat(model.notes().shown(note(MINE, 10, List.of(102L), 2))).contains(102L);
        assertThat(model.linkedFrom(102)).containsExactly(MINE);
        assertThat(model.laterNotes(mine(model))).isEmpty(); // already linked
        assertThat(model.notes().removed(MINE, 3)).contains(102L);
        assertThat(model.linkedFrom(102)).isEmpty();
        // A removed note of the opening snapshot is not shown after all; an older state of a note is stale.
        assertThat(model.notes().stillToShow(note(MINE, 10, List.of(), 2))).isFalse();
        assertThat(model.notes().isStale(note(102, 12, List.of(), 0))).isTrue();
    }

    @Test
    void aNoteOfASectionNotYetKnownWaitsForIt() {
        BoardScreenModel model = new Board(BoardKind.IDEA_BOARD).openedBy(false);
        NoteState early = note(200, 99, List.of());
        assertThat(model.hasSection(99)).isFalse();
        model.notes().waitForSection(early);
        model.sectionsChanged(List.of(new SectionState(99, "New", 3, null, null, null)));
        assertThat(model.hasSection(99)).isTrue();
        assertThat(model.notes().takeWaiting()).containsExactly(early);
        assertThat(model.notes().takeWaiting()).isEmpty();
    }

    @Test
    void othersEditingANoteAreRememberedUntilTheyStop() {
        BoardScreenModel model = new Board(BoardKind.IDEA_BOARD).openedBy(false);
        model.notes().editingChanged(THEIRS, true, null);
        assertThat(model.editor(THEIRS)).isEqualTo(new BoardScreenState.Editor(null));
        model.notes().editingChanged(THEIRS, false, null);
        assertThat(model.editor(THEIRS)).isNull();
        assertThat(model.announcesEditing(MINE)).isTrue();
    }
}
