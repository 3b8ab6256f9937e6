package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.MutableClock;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Theory U canvases and case clinics through the board engine's door, on MariaDB: built-in stages and steps,
 * guidance, the current stage, the step timer, note links and the case clinic group, with who may do each.
 */
@IntegrationTest
class CanvasAndCaseClinicTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    SectionService sectionService;
    @Autowired
    FacilitationService facilitationService;
    @Autowired
    VotingService votingService;
    @Autowired
    WallService wallService;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    BoardEventRecorder recorder;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A network with a facilitator and four participants, and one board of the kind. */
    record Place(TestNetwork network, long boardId, List<SectionState> stages, String facilitator, String pia,
            String per, String kim, String liv) {

        long stage(int index) {
            return stages.get(index).id();
        }
    }

    private Place place(BoardKind kind) {
        TestNetwork network = fixtures.network();
        long boardId = fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null, kind,
                "Our canvas", null, false, List.of()).id());
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Participant", null);
        String kim = fixtures.member(network, NetworkRole.PARTICIPANT, "Kim Participant", null);
        String liv = fixtures.member(network, NetworkRole.PARTICIPANT, "Liv Participant", null);
        return new Place(network, boardId, fixtures.as(pia, () -> boardReader.open(boardId)).sections(), facilitator,
                pia, per, kim, liv);
    }

    private long id(String email) {
        return members.findByEmail(email).orElseThrow().id();
    }

    private NoteState add(String who, Place place, int stage, String text) {
        return fixtures.as(who, () -> noteService.addNote(place.boardId(), place.stage(stage), text, NoteColour.YELLOW,
                false));
    }

    private List<String> actions(Place place) {
        return fixtures.as(place.facilitator(), () -> boardReader.history(place.boardId())).stream()
                .map(e -> e.action().name()).toList();
    }

    // ------------------------------------------------------------------------------------------------ stages

    @Test
    void aTheoryUCanvasStartsWithTheFiveStagesInOrderAndTheirDefaultTexts() {
        Place place = place(BoardKind.THEORY_U_CANVAS);

        assertThat(place.stages()).extracting(SectionState::stageKey).containsExactly("u-co-initiating",
                "u-co-sensing", "u-presencing", "u-co-creating", "u-co-evolving");
        assertThat(place.stages()).extracting(SectionState::position).isSorted();
        // Titles and guidance stay empty: each screen shows the default in its member's language.
        assertThat(place.stages()).extracting(SectionState::title).containsOnlyNulls();
        assertThat(place.stages()).extracting(SectionState::guidance).containsOnlyNulls();
        assertThat(place.stages()).extracting(SectionState::durationSeconds).containsOnlyNulls();
        assertThat(jdbc.queryForObject("select count(*) from board_section where board_id = ? and stage_key is null",
                Long.class, place.boardId())).isZero();
    }

    @Test
    void aCaseClinicStartsWithItsSixTimedSteps() {
        Place place = place(BoardKind.CASE_CLINIC);

        assertThat(place.stages()).extracting(SectionState::stageKey).containsExactly("cc-intention",
                "cc-questions", "cc-stillness", "cc-mirroring", "cc-dialogue", "cc-closing");
        assertThat(place.stages()).extracting(SectionState::durationSeconds).containsExactly(300, 300, 180, 600,
                1200, 300);
    }

    @Test
    void stagesAreFixedParticipantsCannotRenameThemAndNobodyAddsOrRemovesThem() {
        Place place = place(BoardKind.THEORY_U_CANVAS);

        refused(() -> fixtures.as(place.pia(), () -> sectionService.addSection(place.boardId(), "Extra")),
                "board.fixed-sections");
        refused(() -> fixtures.as(place.facilitator(), () -> sectionService.removeSection(place.stage(0))),
                "board.fixed-sections");
        assertThatThrownBy(() -> fixtures.as(place.pia(), () -> sectionService.renameSection(place.stage(0), "Mine")))
                .isInstanceOf(PermissionDeniedException.class);
        fixtures.as(place.facilitator(), () -> sectionService.renameSection(place.stage(0), "Why we meet"));
        assertThat(fixtures.as(place.pia(), () -> boardReader.open(place.boardId())).sections())
                .extracting(SectionState::title).startsWith("Why we meet", (String) null).hasSize(5);
    }

    @Test
    void facilitatorsEditGuidanceAndEmptyGuidanceMeansTheDefaultAgain() {
        Place place = place(BoardKind.THEORY_U_CANVAS);
        long sensing = place.stage(1);

        assertThatThrownBy(() -> fixtures.as(place.pia(), () -> sectionService.updateGuidance(sensing, "Mine", null)))
                .isInstanceOf(PermissionDeniedException.class);
        SectionState edited = fixtures.as(place.facilitator(),
                () -> sectionService.updateGuidance(sensing, "  Whom did you visit?\nWhat did you hear?  ", null));
        assertThat(edited.guidance()).isEqualTo("Whom did you visit?\nWhat did you hear?");
        assertThat(fixtures.as(place.pia(), () -> boardReader.open(place.boardId())).sections().get(1).guidance())
                .isEqualTo("Whom did you visit?\nWhat did you hear?");

        refused(() -> fixtures.as(place.facilitator(), () -> sectionService.updateGuidance(sensing, "x".repeat(1001),
                null)), "validation.too-long");
        refused(() -> fixtures.as(place.facilitator(), () -> sectionService.updateGuidance(sensing,
                "<b>Look</b> around", null)), "validation.no-markup");
        refused(() -> fixtures.as(place.facilitator(), () -> sectionService.updateGuidance(sensing, "Fine", 0)),
                "board.minutes-range");

        fixtures.as(place.facilitator(), () -> sectionService.updateGuidance(sensing, "  ", null));
        assertThat(fixtures.as(place.pia(), () -> boardReader.open(place.boardId())).sections().get(1).guidance())
                .isNull();
        assertThat(actions(place)).containsSubsequence("SECTION_GUIDANCE", "SECTION_GUIDANCE");
    }

    @Test
    void onlyFacilitatorsSetTheCurrentStageWhichIsLoggedAndInEverySnapshot() {
        Place place = place(BoardKind.THEORY_U_CANVAS);

        assertThatThrownBy(
                () -> fixtures.as(place.pia(), () -> facilitationService.setFocus(place.boardId(), place.stage(1))))
                .isInstanceOf(PermissionDeniedException.class);
        BoardState set =
                fixtures.as(place.facilitator(), () -> facilitationService.setFocus(place.boardId(), place.stage(1)));
        assertThat(set.focusSectionId()).isEqualTo(place.stage(1));
        assertThat(fixtures.as(place.per(), () -> boardReader.open(place.boardId())).board().focusSectionId())
                .isEqualTo(place.stage(1));
        assertThat(actions(place)).contains("FOCUS_SET");
        // Every open screen hears it: the board-wide state is announced after commit.
        assertThat(recorder.committed(place.boardId()).getLast().board().focusSectionId())
                .isEqualTo(place.stage(1));

        Place other = place(BoardKind.THEORY_U_CANVAS);
        assertThatThrownBy(() -> fixtures.as(place.facilitator(),
                () -> facilitationService.setFocus(place.boardId(), other.stage(2))))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other.facilitator(),
                () -> facilitationService.setFocus(place.boardId(), place.stage(2))))
                .isInstanceOf(ItemNotFoundException.class);
    }

    // ------------------------------------------------------------------------------------------------ links

    @Test
    void anyMemberLinksANoteToANoteInALaterStageAndUnlinksIt() {
        Place place = place(BoardKind.THEORY_U_CANVAS);
        NoteState observation = add(place.pia(), place, 1, "Newcomers leave within a year");
        NoteState prototype = add(place.per(), place, 3, "Buddy pairs across municipalities");

        NoteState linked = fixtures.as(place.kim(), () -> noteService.linkNotes(observation.id(), prototype.id()));
        assertThat(linked.linksTo()).containsExactly(prototype.id());
        BoardSnapshot seen = fixtures.as(place.liv(), () -> boardReader.open(place.boardId()));
        assertThat(Room.note(seen, observation.id()).linksTo()).containsExactly(prototype.id());
        assertThat(Room.note(seen, prototype.id()).linksTo()).isEmpty();
        refused(() -> fixtures.as(place.pia(), () -> noteService.linkNotes(observation.id(), prototype.id())),
                "board.already-linked");

        NoteState unlinked = fixtures.as(place.liv(), () -> noteService.unlinkNotes(observation.id(), prototype.id()));
        assertThat(unlinked.linksTo()).isEmpty();
        assertThatThrownBy(() -> fixtures.as(place.liv(), () -> noteService.unlinkNotes(observation.id(),
                prototype.id()))).isInstanceOf(ItemNotFoundException.class);
        assertThat(actions(place)).containsSubsequence("NOTE_LINKED", "NOTE_UNLINKED");
        assertThat(jdbc.queryForObject("select count(*) from note_link where board_id = ?", Long.class,
                place.boardId())).isZero();
    }

    @Test
    void linksGoOnlyForwardOnTheSameBoardInTheSameNetwork() {
        Place place = place(BoardKind.THEORY_U_CANVAS);
        NoteState sensing = add(place.pia(), place, 1, "What we saw");
        NoteState sensingToo = add(place.pia(), place, 1, "What we heard");
        NoteState initiating = add(place.pia(), place, 0, "Why we started");
        NoteState prototype = add(place.pia(), place, 3, "What we try");

        refused(() -> fixtures.as(place.pia(), () -> noteService.linkNotes(sensing.id(), initiating.id())),
                "board.link-later-only");
        refused(() -> fixtures.as(place.pia(), () -> noteService.linkNotes(sensing.id(), sensingToo.id())),
                "board.link-later-only");
        refused(() -> fixtures.as(place.pia(), () -> noteService.linkNotes(sensing.id(), sensing.id())),
                "board.link-later-only");

        long otherBoard = fixtures.as(place.network().coordinator(), () -> boards.createBoard(place.network().id(),
                null, BoardKind.THEORY_U_CANVAS, "Another canvas", null, false, List.of()).id());
        long otherStage = fixtures.as(place.pia(), () -> boardReader.open(otherBoard)).sections().get(4).id();
        NoteState elsewhere = fixtures.as(place.pia(), () -> noteService.addNote(otherBoard, otherStage, "Elsewhere",
                NoteColour.BLUE, false));
        assertThatThrownBy(() -> fixtures.as(place.pia(), () -> noteService.linkNotes(sensing.id(), elsewhere.id())))
                .isInstanceOf(ItemNotFoundException.class);

        Place stranger = place(BoardKind.THEORY_U_CANVAS);
        assertThatThrownBy(() -> fixtures.as(stranger.pia(), () -> noteService.linkNotes(sensing.id(), prototype.id())))
                .isInstanceOf(ItemNotFoundException.class);
        fixtures.as(place.pia(), () -> noteService.linkNotes(sensing.id(), prototype.id()));
        assertThatThrownBy(() -> fixtures.as(stranger.pia(), () -> noteService.unlinkNotes(sensing.id(),
                prototype.id()))).isInstanceOf(ItemNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from note_link where board_id = ?", Long.class,
                place.boardId())).isOne();
    }

    @Test
    void deletingANoteRemovesItsLinksAndTellsTheNotesThatLedToIt() {
        Place place = place(BoardKind.THEORY_U_CANVAS);
        NoteState observation = add(place.pia(), place, 1, "Observation");
        NoteState prototype = add(place.per(), place, 3, "Prototype");
        NoteState spread = add(place.per(), place, 4, "Spread it");
        fixtures.as(place.pia(), () -> noteService.linkNotes(observation.id(), prototype.id()));
        fixtures.as(place.pia(), () -> noteService.linkNotes(prototype.id(), spread.id()));

        fixtures.as(place.per(), () -> noteService.deleteNote(prototype.id()));

        assertThat(jdbc.queryForObject("select count(*) from note_link where board_id = ?", Long.class,
                place.boardId())).isZero();
        assertThat(Room.note(fixtures.as(place.pia(), () -> boardReader.open(place.boardId())), observation.id())
                .linksTo()).isEmpty();
        BoardChanged deleted = recorder.committed(place.boardId()).getLast();
        assertThat(deleted.removedNoteIds()).containsExactly(prototype.id());
        assertThat(deleted.notes()).extracting(NoteState::id).containsExactly(observation.id());
        assertThat(deleted.notes().getFirst().linksTo()).isEmpty();
        ChangeEntry logged = fixtures.as(place.facilitator(), () -> boardReader.history(place.boardId())).getLast();
        assertThat(logged.action().name()).isEqualTo("NOTE_DELETED");
        assertThat(logged.after()).contains("linksRemoved");
    }

    @Test
    void movingANoteKeepsLinksThatStillGoForwardAndDropsTheOthers() {
        Place place = place(BoardKind.THEORY_U_CANVAS);
        NoteState observation = add(place.pia(), place, 1, "Observation");
        NoteState prototype = add(place.per(), place, 3, "Prototype");
        NoteState spread = add(place.per(), place, 4, "Spread it");
        fixtures.as(place.pia(), () -> noteService.linkNotes(observation.id(), prototype.id()));
        fixtures.as(place.pia(), () -> noteService.linkNotes(prototype.id(), spread.id()));

        // Still after the observation, still before the spreading: both links hold.
        fixtures.as(place.per(), () -> noteService.moveNote(prototype.id(), place.stage(2), null));
        assertThat(jdbc.queryForObject("select count(*) from note_link where board_id = ?", Long.class,
                place.boardId())).isEqualTo(2);

        // Into the first stage: the observation no longer leads to it; it still leads to the spreading.
        fixtures.as(place.per(), () -> noteService.moveNote(prototype.id(), place.stage(0), null));
        BoardSnapshot seen = fixtures.as(place.liv(), () -> boardReader.open(place.boardId()));
        assertThat(Room.note(seen, observation.id()).linksTo()).isEmpty();
        assertThat(Room.note(seen, prototype.id()).linksTo()).containsExactly(spread.id());
        BoardChanged moved = recorder.committed(place.boardId()).getLast();
        assertThat(moved.notes()).extracting(NoteState::id).contains(prototype.id(), observation.id());
        assertThat(fixtures.as(place.facilitator(), () -> boardReader.history(place.boardId())).getLast().after())
                .contains("linksRemoved");
    }

    // ------------------------------------------------------------------------------------------------ case clinic

    private Map<Long, GroupRole> group(Place place, String caseGiver, String... coaches) {
        Map<Long, GroupRole> group = new LinkedHashMap<>();
        group.put(id(caseGiver), GroupRole.CASE_GIVER);
        for (String coach : coaches) {
            group.put(id(coach), GroupRole.COACH);
        }
        return group;
    }

    @Test
    void theCaseClinicGroupIsFourOrFivePeopleOfTheNetworkWithOneCaseGiver() {
        Place place = place(BoardKind.CASE_CLINIC);
        long board = place.boardId();

        assertThatThrownBy(() -> fixtures.as(place.pia(), () -> facilitationService.setGroup(board,
                group(place, place.pia(), place.per(), place.kim(), place.liv()))))
                .isInstanceOf(PermissionDeniedException.class);
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.setGroup(board,
                group(place, place.pia(), place.per(), place.kim()))), "board.group-size");
        Map<Long, GroupRole> six = group(place, place.pia(), place.per(), place.kim(), place.liv(),
                place.facilitator());
        six.put(id(place.network().coordinator()), GroupRole.COACH);
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.setGroup(board, six)),
                "board.group-size");
        Map<Long, GroupRole> twoGivers = group(place, place.pia(), place.per(), place.kim(), place.liv());
        twoGivers.put(id(place.per()), GroupRole.CASE_GIVER);
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.setGroup(board, twoGivers)),
                "board.group-one-case-giver");
        Map<Long, GroupRole> noGiver = group(place, place.pia(), place.per(), place.kim(), place.liv());
        noGiver.put(id(place.pia()), GroupRole.COACH);
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.setGroup(board, noGiver)),
                "board.group-one-case-giver");
        Place elsewhere = place(BoardKind.CASE_CLINIC);
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.setGroup(board,
                group(place, place.pia(), place.per(), place.kim(), elsewhere.liv()))),
                "board.group-not-in-network");

        BoardState set = fixtures.as(place.facilitator(), () -> facilitationService.setGroup(board,
                group(place, place.kim(), place.pia(), place.per(), place.liv())));
        assertThat(set.group()).extracting(GroupMemberState::name, GroupMemberState::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kim Participant", GroupRole.CASE_GIVER),
                org.assertj.core.groups.Tuple.tuple("Liv Participant", GroupRole.COACH),
                org.assertj.core.groups.Tuple.tuple("Per Participant", GroupRole.COACH),
                org.assertj.core.groups.Tuple.tuple("Pia Participant", GroupRole.COACH));
        assertThat(fixtures.as(place.pia(), () -> boardReader.open(board)).board().group()).isEqualTo(set.group());
        assertThat(actions(place)).contains("GROUP_SET");

        long idea = fixtures.board(place.network(), false, "Ideas");
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.setGroup(idea,
                group(place, place.kim(), place.pia(), place.per(), place.liv()))), "board.no-group");
    }

    @Test
    void onlyTheGroupAndFacilitatorsWriteOnACaseClinicAndCardsShowTheAuthorsRole() {
        Place place = place(BoardKind.CASE_CLINIC);
        String outsider = fixtures.member(place.network(), NetworkRole.PARTICIPANT, "Olav Outside", null);
        fixtures.as(place.facilitator(), () -> facilitationService.setGroup(place.boardId(),
                group(place, place.kim(), place.pia(), place.per(), place.liv())));

        assertThatThrownBy(() -> add(outsider, place, 0, "Can I write?"))
                .isInstanceOf(PermissionDeniedException.class);
        NoteState intention = add(place.kim(), place, 0, "I want our newcomers to stay");
        NoteState mirror = fixtures.as(place.pia(), () -> noteService.addNote(place.boardId(), place.stage(3),
                "A door that only opens outwards", NoteColour.BLUE, false, NoteMirror.SEE));
        NoteState byFacilitator = add(place.facilitator(), place, 4, "Time check");

        assertThat(intention.authorRole()).isEqualTo(GroupRole.CASE_GIVER);
        assertThat(mirror.authorRole()).isEqualTo(GroupRole.COACH);
        assertThat(mirror.mirror()).isEqualTo(NoteMirror.SEE);
        assertThat(byFacilitator.authorRole()).isNull();
        assertThat(Room.note(fixtures.as(outsider, () -> boardReader.open(place.boardId())), mirror.id()).mirror())
                .isEqualTo(NoteMirror.SEE);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> noteService.moveNote(mirror.id(), place.stage(4), null)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void stepsStartWithTheirTimerWhichFacilitatorsPauseResumeAndExtend() {
        Place place = place(BoardKind.CASE_CLINIC);
        long board = place.boardId();

        assertThatThrownBy(() -> fixtures.as(place.pia(), () -> facilitationService.nextStep(board)))
                .isInstanceOf(PermissionDeniedException.class);
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.extendTimer(board, 1)),
                "board.no-timer");
        Instant before = Instant.now(clock);
        BoardState first = fixtures.as(place.facilitator(), () -> facilitationService.nextStep(board));
        assertThat(first.focusSectionId()).isEqualTo(place.stage(0));
        assertThat(first.timerEndsAt()).isBetween(before.plusSeconds(300), Instant.now(clock).plusSeconds(300));
        BoardState stored = fixtures.as(place.pia(), () -> boardReader.open(board)).board();
        assertThat(stored.timerEndsAt()).isCloseTo(first.timerEndsAt(), org.assertj.core.api.Assertions.within(
                1, java.time.temporal.ChronoUnit.MILLIS));

        clock.advance(Duration.ofSeconds(100));
        for (var attempt : List.<Runnable>of(() -> facilitationService.pauseTimer(board),
                () -> facilitationService.extendTimer(board, 1),
                () -> facilitationService.startStep(place.stage(3)))) {
            assertThatThrownBy(() -> fixtures.as(place.pia(), attempt)).isInstanceOf(PermissionDeniedException.class);
        }
        BoardState paused = fixtures.as(place.facilitator(), () -> facilitationService.pauseTimer(board));
        assertThat(paused.timerEndsAt()).isNull();
        assertThat(paused.timerPausedSeconds()).isBetween(198, 200);
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.pauseTimer(board)),
                "board.no-running-timer");
        BoardState extended = fixtures.as(place.facilitator(), () -> facilitationService.extendTimer(board, 1));
        assertThat(extended.timerPausedSeconds()).isEqualTo(paused.timerPausedSeconds() + 60);
        clock.advance(Duration.ofSeconds(1000)); // a pause does not count down
        Instant resumedAt = Instant.now(clock);
        BoardState resumed = fixtures.as(place.facilitator(), () -> facilitationService.resumeTimer(board));
        assertThat(Duration.between(resumedAt, resumed.timerEndsAt()).toSeconds())
                .isBetween((long) extended.timerPausedSeconds() - 1, (long) extended.timerPausedSeconds());

        BoardState second = fixtures.as(place.facilitator(), () -> facilitationService.nextStep(board));
        assertThat(second.focusSectionId()).isEqualTo(place.stage(1));
        assertThat(second.timerPausedSeconds()).isNull();
        BoardState last = fixtures.as(place.facilitator(), () -> facilitationService.startStep(place.stage(5)));
        assertThat(last.focusSectionId()).isEqualTo(place.stage(5));
        refused(() -> fixtures.as(place.facilitator(), () -> facilitationService.nextStep(board)),
                "board.no-next-step");

        assertThat(actions(place)).containsSubsequence("STEP_STARTED", "TIMER_PAUSED", "TIMER_EXTENDED",
                "TIMER_RESUMED", "STEP_STARTED", "STEP_STARTED");
        assertThat(jdbc.queryForObject("select focus_section_id from board where id = ?", Long.class, board))
                .isEqualTo(place.stage(5));
    }

    // ------------------------------------------------------------------------------------------------ review

    @Test
    void mirrorsAreTheCoachesInTheMirroringStepOnly() {
        Place place = place(BoardKind.CASE_CLINIC);
        fixtures.as(place.facilitator(), () -> facilitationService.setGroup(place.boardId(),
                group(place, place.kim(), place.pia(), place.per(), place.liv())));
        long revision = fixtures.as(place.pia(), () -> boardReader.open(place.boardId())).revision();

        refused(() -> fixtures.as(place.pia(), () -> noteService.addNote(place.boardId(), place.stage(0), "Not here",
                NoteColour.BLUE, false, NoteMirror.SEE)), "board.mirror-not-here");
        refused(() -> fixtures.as(place.kim(), () -> noteService.addNote(place.boardId(), place.stage(3), "The giver",
                NoteColour.BLUE, false, NoteMirror.FEEL)), "board.mirror-not-here");
        Place canvas = place(BoardKind.THEORY_U_CANVAS);
        refused(() -> fixtures.as(canvas.pia(), () -> noteService.addNote(canvas.boardId(), canvas.stage(3), "Canvas",
                NoteColour.BLUE, false, NoteMirror.SENSE)), "board.mirror-not-here");

        assertThat(fixtures.as(place.pia(), () -> boardReader.open(place.boardId())).revision()).isEqualTo(revision);
        assertThat(fixtures.as(place.pia(), () -> boardReader.open(place.boardId())).notes()).isEmpty();
    }

    @Test
    void onlyTheGroupVotesOnACaseClinicAndOnlyCanvasesLinkAndOnlyWallsHideOrAreAnonymous() {
        Place clinic = place(BoardKind.CASE_CLINIC);
        String outsider = fixtures.member(clinic.network(), NetworkRole.PARTICIPANT, "Olav Outside", null);
        fixtures.as(clinic.facilitator(), () -> facilitationService.setGroup(clinic.boardId(),
                group(clinic, clinic.kim(), clinic.pia(), clinic.per(), clinic.liv())));
        NoteState intention = add(clinic.kim(), clinic, 0, "I want our newcomers to stay");
        NoteState question = add(clinic.pia(), clinic, 1, "What have you tried?");
        fixtures.as(clinic.facilitator(), () -> votingService.startVote(clinic.boardId(), 3, true));
        assertThatThrownBy(() -> fixtures.as(outsider, () -> votingService.placeDot(intention.id())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(fixtures.as(clinic.pia(), () -> votingService.placeDot(intention.id()))).isEqualTo(1);

        refused(() -> fixtures.as(clinic.pia(), () -> noteService.linkNotes(intention.id(), question.id())),
                "board.no-links");
        refused(() -> fixtures.as(clinic.facilitator(), () -> wallService.hidePost(question.id(), "Off topic")),
                "wall.only-on-walls");
        refused(() -> fixtures.as(clinic.network().coordinator(), () -> boards.createBoard(clinic.network().id(),
                null, BoardKind.THEORY_U_CANVAS, "Anonymous canvas", null, false, true, List.of())),
                "wall.only-on-walls");
        assertThat(Room.note(fixtures.as(clinic.per(), () -> boardReader.open(clinic.boardId())), question.id()))
                .isNotNull();
    }
}
