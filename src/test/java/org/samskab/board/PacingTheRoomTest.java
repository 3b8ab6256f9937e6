package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pacing the room on MariaDB: each phase lets participants do exactly its part and facilitators everything, the
 * lock holds every participant write, and only facilitators move the room (docs/adr/0183).
 */
@IntegrationTest
class PacingTheRoomTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    VotingService votingService;
    @Autowired
    WallService wallService;
    @Autowired
    SectionService sectionService;
    @Autowired
    PhaseService phases;
    @Autowired
    FacilitationService facilitation;

    private NoteState add(String who, Room room, long section, String text) {
        return fixtures.as(who, () -> noteService.addNote(room.boardId(), section, text, NoteColour.YELLOW, false));
    }

    private static void notInPhase(ThrowingCallable call) {
        refused(call, "board.not-in-phase");
    }

    @Test
    void anIdeaBoardsPhasesOpenExactlyTheirStepsToParticipantsAndEverythingToFacilitators() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas", "Later");
        BoardState planned = fixtures.as(room.pia(), () -> boardReader.open(room.boardId())).board();
        assertThat(planned.phases()).extracting(PlannedPhase::phase)
                .containsExactly(Phase.WRITE, Phase.GROUP, Phase.VOTE, Phase.DISCUSS);
        assertThat(planned.phase()).isNull();

        // Write: participants add and move their notes; no dots.
        BoardState write = fixtures.as(room.facilitator(), () -> phases.nextPhase(room.boardId()));
        assertThat(write.phase()).isEqualTo(Phase.WRITE);
        assertThat(write.phaseIndex()).isZero();
        NoteState idea = add(room.pia(), room, room.first(), "Shared lunch across municipalities");
        fixtures.as(room.pia(), () -> noteService.moveNote(idea.id(), room.second(), null));

        // Group: moving yes, writing no; the facilitator still writes.
        fixtures.as(room.facilitator(), () -> phases.nextPhase(room.boardId()));
        fixtures.as(room.pia(), () -> {
            notInPhase(() -> noteService.addNote(room.boardId(), room.first(), "Late idea", null, false));
            notInPhase(() -> noteService.editNote(idea.id(), idea.version(), "Changed"));
            noteService.moveNote(idea.id(), room.first(), null);
        });
        add(room.facilitator(), room, room.first(), "A facilitator's heading");

        // Vote: the phase opened a vote; dots yes, moving no.
        BoardState vote = fixtures.as(room.facilitator(), () -> phases.nextPhase(room.boardId()));
        assertThat(vote.phase()).isEqualTo(Phase.VOTE);
        assertThat(vote.voteState()).isEqualTo(VoteState.OPEN);
        assertThat(vote.voteTotalsVisible()).isFalse();
        fixtures.as(room.pia(), () -> {
            votingService.placeDot(idea.id());
            notInPhase(() -> noteService.moveNote(idea.id(), room.second(), null));
            notInPhase(() -> noteService.addNote(room.boardId(), room.first(), "Late idea", null, false));
        });
        fixtures.as(room.facilitator(), () -> noteService.moveNote(idea.id(), room.second(), null));

        // Discuss: leaving the vote ended it and shows its totals; participants only read.
        BoardState discuss = fixtures.as(room.facilitator(), () -> phases.nextPhase(room.boardId()));
        assertThat(discuss.phase()).isEqualTo(Phase.DISCUSS);
        assertThat(discuss.voteState()).isEqualTo(VoteState.CLOSED);
        assertThat(Room.note(fixtures.as(room.per(), () -> boardReader.open(room.boardId())), idea.id()).votes())
                .isEqualTo(1);
        fixtures.as(room.pia(), () -> {
            notInPhase(() -> votingService.removeDot(idea.id()));
            notInPhase(() -> noteService.moveNote(idea.id(), room.first(), null));
            notInPhase(() -> noteService.deleteNote(idea.id()));
        });
        refused(() -> fixtures.as(room.facilitator(), () -> phases.nextPhase(room.boardId())), "phase.no-next");

        // Ending the phases opens the board to everything again.
        BoardState free = fixtures.as(room.facilitator(), () -> phases.endPhases(room.boardId()));
        assertThat(free.phase()).isNull();
        assertThat(free.phaseIndex()).isNull();
        add(room.pia(), room, room.first(), "After the session");
        assertThat(fixtures.as(room.facilitator(), () -> boardReader.history(room.boardId())))
                .extracting(e -> e.action().name())
                .containsSubsequence("PHASE_STARTED", "PHASE_STARTED", "PHASE_STARTED", "PHASE_STARTED",
                        "PHASES_ENDED");
    }

    @Test
    void participantsCannotMoveTheRoomEndAPhaseOrLockTheBoard() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        NoteState idea = add(room.per(), room, room.first(), "Idea");
        fixtures.as(room.facilitator(), () -> phases.nextPhase(room.boardId()));
        List<ThrowingCallable> moves = List.of(() -> phases.nextPhase(room.boardId()),
                () -> phases.previousPhase(room.boardId()), () -> phases.startPhase(room.boardId(), 2),
                () -> phases.endPhases(room.boardId()),
                () -> phases.planPhases(room.boardId(), List.of(PlannedPhase.of(Phase.DISCUSS))),
                () -> phases.useDefaultPhases(room.boardId()),
                () -> facilitation.setLocked(room.boardId(), true),
                () -> facilitation.startTimer(room.boardId(), 5), () -> facilitation.stopTimer(room.boardId()),
                () -> facilitation.spotlight(room.boardId(), idea.id()));
        fixtures.as(room.pia(), () -> moves.forEach(
                move -> assertThatThrownBy(move).isInstanceOf(PermissionDeniedException.class)));
        BoardState after = fixtures.as(room.per(), () -> boardReader.open(room.boardId())).board();
        assertThat(after.phase()).isEqualTo(Phase.WRITE);
        assertThat(after.locked()).isFalse();
        assertThat(after.spotlightNoteId()).isNull();
    }

    @Test
    void anotherNetworksBoardAnswersAsAMissingOne() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        NoteState idea = add(room.pia(), room, room.first(), "Idea");
        TestNetwork other = fixtures.network();
        String stranger = fixtures.member(other, NetworkRole.FACILITATOR, "Stig Stranger", null);
        fixtures.as(stranger, () -> {
            for (long board : new long[] {room.boardId(), Long.MAX_VALUE}) {
                assertThatThrownBy(() -> phases.nextPhase(board)).isInstanceOf(ItemNotFoundException.class);
                assertThatThrownBy(() -> facilitation.setLocked(board, true))
                        .isInstanceOf(ItemNotFoundException.class);
                assertThatThrownBy(() -> facilitation.spotlight(board, idea.id()))
                        .isInstanceOf(ItemNotFoundException.class);
            }
        });
        // A facilitator of this network cannot spotlight another board's note either.
        Room elsewhere = Room.create(fixtures, boardReader, false, "Ideas");
        NoteState foreign = add(elsewhere.pia(), elsewhere, elsewhere.first(), "Elsewhere");
        fixtures.as(room.facilitator(), () -> assertThatThrownBy(
                () -> facilitation.spotlight(room.boardId(), foreign.id())).isInstanceOf(ItemNotFoundException.class));
        assertThat(fixtures.as(room.pia(), () -> boardReader.open(room.boardId())).board().phase()).isNull();
    }

    @Test
    void aLockedBoardRefusesEveryParticipantWriteAndFacilitatorsStillWrite() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas", "Later");
        NoteState mine = add(room.pia(), room, room.first(), "Mine");
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, true));
        BoardState locked = fixtures.as(room.facilitator(), () -> facilitation.setLocked(room.boardId(), true));
        assertThat(locked.locked()).isTrue();
        fixtures.as(room.pia(), () -> {
            List<ThrowingCallable> writes = List.of(
                    () -> noteService.addNote(room.boardId(), room.first(), "More", null, false),
                    () -> noteService.editNote(mine.id(), mine.version(), "Changed"),
                    () -> noteService.recolourNote(mine.id(), NoteColour.BLUE),
                    () -> noteService.moveNote(mine.id(), room.second(), null),
                    () -> noteService.deleteNote(mine.id()), () -> votingService.placeDot(mine.id()),
                    () -> sectionService.addSection(room.boardId(), "New section"));
            writes.forEach(write -> refused(write, "board.locked"));
        });
        assertThat(fixtures.as(room.per(), () -> boardReader.open(room.boardId())).notes())
                .extracting(NoteState::text).containsExactly("Mine");
        add(room.facilitator(), room, room.first(), "The facilitator's summary");

        fixtures.as(room.facilitator(), () -> facilitation.setLocked(room.boardId(), false));
        add(room.pia(), room, room.first(), "Unlocked again");
        assertThat(fixtures.as(room.facilitator(), () -> boardReader.history(room.boardId())))
                .extracting(e -> e.action().name()).contains("BOARD_LOCKED", "BOARD_UNLOCKED");
    }

    @Test
    void aWallsPhasesWritePrivatelyRevealAndReact() {
        TestNetwork network = fixtures.network();
        long boardId = fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null,
                BoardKind.REFLECTION_WALL, "Reflections", null, false, List.of()).id());
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Participant", null);
        long prompt = fixtures.as(pia, () -> boardReader.open(boardId)).sections().getFirst().id();

        BoardState writing = fixtures.as(facilitator, () -> phases.nextPhase(boardId));
        assertThat(writing.phase()).isEqualTo(Phase.PRIVATE_WRITING);
        assertThat(writing.privateWriting()).isTrue();
        NoteState post = fixtures.as(pia, () -> noteService.addNote(boardId, prompt, "I felt heard", null, false));
        assertThat(fixtures.as(per, () -> boardReader.open(boardId)).notes()).isEmpty();
        fixtures.as(pia, () -> {
            assertThatThrownBy(() -> wallService.revealPrivatePosts(boardId))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> phases.nextPhase(boardId)).isInstanceOf(PermissionDeniedException.class);
        });

        BoardState reveal = fixtures.as(facilitator, () -> phases.nextPhase(boardId));
        assertThat(reveal.phase()).isEqualTo(Phase.REVEAL);
        assertThat(reveal.privateWriting()).isFalse();
        assertThat(fixtures.as(per, () -> boardReader.open(boardId)).notes()).extracting(NoteState::id)
                .containsExactly(post.id());
        fixtures.as(per, () -> notInPhase(() -> wallService.setResonates(post.id(), true)));

        fixtures.as(facilitator, () -> phases.nextPhase(boardId));
        fixtures.as(per, () -> {
            wallService.setResonates(post.id(), true);
            notInPhase(() -> noteService.addNote(boardId, prompt, "Late", null, false));
        });
        refused(() -> fixtures.as(facilitator, () -> phases.planPhases(boardId, List.of(PlannedPhase.of(
                Phase.VOTE)))), "phase.plan-while-running");
        fixtures.as(facilitator, () -> phases.endPhases(boardId));
        refused(() -> fixtures.as(facilitator, () -> phases.planPhases(boardId, List.of(PlannedPhase.of(
                Phase.VOTE)))), "phase.not-on-this-board");
    }

    @Test
    void aCanvasGoesStageByStageAndParticipantsWriteInTheStageOnly() {
        TestNetwork network = fixtures.network();
        long boardId = fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null,
                BoardKind.THEORY_U_CANVAS, "Our U", null, false, List.of()).id());
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        List<Long> stages = fixtures.as(pia, () -> boardReader.open(boardId)).sections().stream()
                .map(SectionState::id).toList();
        assertThat(fixtures.as(pia, () -> boardReader.open(boardId)).board().phases())
                .containsExactlyElementsOf(stages.stream().map(id -> new PlannedPhase(Phase.STAGE, id)).toList());

        BoardState second = fixtures.as(facilitator, () -> phases.startPhase(boardId, 1));
        assertThat(second.focusSectionId()).isEqualTo(stages.get(1));
        assertThat(second.phaseSectionId()).isEqualTo(stages.get(1));
        NoteState observation = fixtures.as(pia,
                () -> noteService.addNote(boardId, stages.get(1), "What we saw", null, false));
        fixtures.as(pia, () -> {
            refused(() -> noteService.addNote(boardId, stages.get(2), "Too early", null, false), "board.other-stage");
            refused(() -> noteService.moveNote(observation.id(), stages.get(0), null), "board.other-stage");
        });
        fixtures.as(facilitator, () -> noteService.addNote(boardId, stages.get(4), "Where we are going", null,
                false));
        BoardState back = fixtures.as(facilitator, () -> phases.previousPhase(boardId));
        assertThat(back.focusSectionId()).isEqualTo(stages.get(0));

        // A plan names this board's stages only.
        Room other = Room.create(fixtures, boardReader, false, "Ideas");
        fixtures.as(facilitator, () -> phases.endPhases(boardId));
        refused(() -> fixtures.as(facilitator, () -> phases.planPhases(boardId,
                List.of(new PlannedPhase(Phase.STAGE, other.first())))), "phase.not-on-this-board");
        BoardState replanned = fixtures.as(facilitator, () -> phases.planPhases(boardId,
                List.of(new PlannedPhase(Phase.STAGE, stages.get(2)), PlannedPhase.of(Phase.VOTE))));
        assertThat(replanned.phases()).extracting(PlannedPhase::phase).containsExactly(Phase.STAGE, Phase.VOTE);
    }

    @Test
    void aCaseClinicsStepStartsItsTimer() {
        TestNetwork network = fixtures.network();
        long boardId = fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null,
                BoardKind.CASE_CLINIC, "Clinic", null, false, List.of()).id());
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        BoardState first = fixtures.as(facilitator, () -> phases.nextPhase(boardId));
        assertThat(first.timerEndsAt()).isNotNull();
        assertThat(first.phase()).isEqualTo(Phase.STAGE);
    }

    @Test
    void theSpotlightShowsOnlyWhatEveryoneSees() {
        TestNetwork network = fixtures.network();
        long boardId = fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null,
                BoardKind.REFLECTION_WALL, "Reflections", null, false, List.of()).id());
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long prompt = fixtures.as(pia, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(facilitator, () -> wallService.startPrivateWriting(boardId));
        NoteState post = fixtures.as(pia, () -> noteService.addNote(boardId, prompt, "Private", null, false));
        // A private post is not there for anyone but its author, the facilitator included.
        fixtures.as(facilitator, () -> assertThatThrownBy(() -> facilitation.spotlight(boardId, post.id()))
                .isInstanceOf(ItemNotFoundException.class));
        fixtures.as(facilitator, () -> wallService.revealPrivatePosts(boardId));
        BoardState lit = fixtures.as(facilitator, () -> facilitation.spotlight(boardId, post.id()));
        assertThat(lit.spotlightNoteId()).isEqualTo(post.id());
        assertThat(fixtures.as(pia, () -> boardReader.open(boardId)).board().spotlightNoteId()).isEqualTo(post.id());
        assertThat(fixtures.as(facilitator, () -> facilitation.spotlight(boardId, null)).spotlightNoteId()).isNull();
    }

    @Test
    void everyKindOfBoardHasTheSharedTimerWithinItsLimits() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        BoardState running = fixtures.as(room.facilitator(), () -> facilitation.startTimer(room.boardId(), 5));
        assertThat(running.timerEndsAt()).isNotNull();
        fixtures.as(room.facilitator(), () -> {
            for (int minutes : new int[] {0, -1, 121}) {
                refused(() -> facilitation.startTimer(room.boardId(), minutes), "board.minutes-range");
            }
        });
        BoardState stopped = fixtures.as(room.facilitator(), () -> facilitation.stopTimer(room.boardId()));
        assertThat(stopped.timerEndsAt()).isNull();
        assertThat(stopped.timerPausedSeconds()).isNull();
    }

    @Autowired
    org.samskab.member.MemberService members;

    private long id(String email) {
        return members.findByEmail(email).orElseThrow().id();
    }

    @Test
    void theRoomAtAGlanceCountsWhoIsHereByOrganisationAndWhoHasPostedOrVotedButNamesNobody() {
        Room room = Room.create(fixtures, boardReader, true, "Ideas");
        add(room.pia(), room, room.first(), "Before the phases");
        java.util.Set<Long> present = java.util.Set.of(id(room.pia()), id(room.per()), id(room.facilitator()));
        fixtures.as(room.pia(), () -> assertThatThrownBy(() -> facilitation.glance(room.boardId(), present,
                java.util.Locale.ENGLISH)).isInstanceOf(PermissionDeniedException.class));

        var before = fixtures.as(room.facilitator(), () -> facilitation.glance(room.boardId(), present,
                java.util.Locale.ENGLISH));
        assertThat(before.present()).isEqualTo(3);
        assertThat(before.presentByOrganisation()).containsEntry("Fredrikstad kommune", 1)
                .containsEntry("Sarpsborg kommune", 2);
        assertThat(before.posted()).isEqualTo(1);
        assertThat(before.sincePhase()).isFalse();

        fixtures.as(room.facilitator(), () -> phases.nextPhase(room.boardId()));
        var writing = fixtures.as(room.facilitator(), () -> facilitation.glance(room.boardId(), present,
                java.util.Locale.ENGLISH));
        assertThat(writing.posted()).as("nobody has posted in this phase yet").isZero();
        assertThat(writing.sincePhase()).isTrue();
        NoteState anonymous = fixtures.as(room.per(), () -> noteService.addNote(room.boardId(), room.first(),
                "Said without my name", null, true));
        fixtures.as(room.facilitator(), () -> phases.startPhase(room.boardId(), 2));
        fixtures.as(room.pia(), () -> votingService.placeDot(anonymous.id()));
        var voting = fixtures.as(room.facilitator(), () -> facilitation.glance(room.boardId(), present,
                java.util.Locale.ENGLISH));
        assertThat(voting.voted()).isEqualTo(1);
        assertThat(voting.toString()).doesNotContain("Pia", "Per", "Frida");
    }

    @Autowired
    org.samskab.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCountdownThatStopsInputStopsParticipantsWhenItRunsOutUntilAFacilitatorGivesMoreTime() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        BoardState running = fixtures.as(room.facilitator(), () -> facilitation.startTimer(room.boardId(), 1, true));
        assertThat(running.timeUpStopsInput()).isTrue();
        NoteState early = add(room.pia(), room, room.first(), "In time");

        clock.advance(java.time.Duration.ofSeconds(61));
        fixtures.as(room.pia(), () -> {
            refused(() -> noteService.addNote(room.boardId(), room.first(), "Too late", null, false),
                    "board.time-up-input");
            refused(() -> noteService.editNote(early.id(), early.version(), "Changed late"), "board.time-up-input");
        });
        add(room.facilitator(), room, room.first(), "The facilitator sums up");

        fixtures.as(room.facilitator(), () -> facilitation.extendTimer(room.boardId(), 1));
        add(room.pia(), room, room.first(), "With a minute more");
        fixtures.as(room.facilitator(), () -> facilitation.stopTimer(room.boardId()));
        clock.advance(java.time.Duration.ofMinutes(5));
        add(room.pia(), room, room.first(), "No countdown, no stop");

        // Without the choice, a countdown that runs out stops nobody.
        fixtures.as(room.facilitator(), () -> facilitation.startTimer(room.boardId(), 1));
        clock.advance(java.time.Duration.ofSeconds(61));
        add(room.pia(), room, room.first(), "Time is only a guide here");
    }
}
