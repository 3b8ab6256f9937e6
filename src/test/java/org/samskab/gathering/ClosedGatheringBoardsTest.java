package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.board.BoardChanged;
import org.samskab.board.BoardEventRecorder;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.FacilitationService;
import org.samskab.board.GroupRole;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.SectionService;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Closing a gathering makes its boards read-only for everyone, facilitators included, until a facilitator reopens
 * it; both are logged on each board and announced to open screens. On MariaDB.
 */
@IntegrationTest
class ClosedGatheringBoardsTest {

    private static final String READ_ONLY = "board.read-only";

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    SectionService sectionService;
    @Autowired
    WallService wallService;
    @Autowired
    VotingService votingService;
    @Autowired
    FacilitationService facilitationService;
    @Autowired
    BoardEventRecorder recorder;
    @Autowired
    Clock clock;

    @Test
    void aClosedGatheringsBoardsRefuseEveryWriteUntilItIsReopened() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long boardId = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, false,
                    List.of("Keep", "Change")).id();
        });
        long wallId = fixtures.as(facilitator, () -> gatherings.addBoard(gathering, BoardKind.REFLECTION_WALL,
                "Reflections", null, false, true, List.of()).id());
        long keep = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        long change = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().get(1).id();
        NoteState ingridsNote = fixtures.as(ingrid, () -> noteService.addNote(boardId, keep, "Mentoring", null, false));
        NoteState facilitatorsNote = fixtures.as(facilitator, () -> noteService.addNote(boardId, keep, "Case clinics",
                null, false));
        long prompt = fixtures.as(ingrid, () -> boardReader.open(wallId)).sections().getFirst().id();
        NoteState post = fixtures.as(ingrid, () -> noteService.addNote(wallId, prompt, "I learned a lot", null, false));

        fixtures.as(facilitator, () -> gatherings.close(gathering));

        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).board().readOnly()).isTrue();
        assertThat(fixtures.as(ingrid, () -> boardReader.open(wallId)).board().readOnly()).isTrue();
        BoardChanged announced = recorder.committed(boardId).getLast();
        assertThat(announced.board()).isNotNull();
        assertThat(announced.board().readOnly()).isTrue();
        fixtures.as(ingrid, () -> {
            refusedAll(() -> noteService.addNote(boardId, keep, "A week later", null, false),
                    () -> noteService.editNote(ingridsNote.id(), ingridsNote.version(), "Mentoring pairs"),
                    () -> noteService.recolourNote(ingridsNote.id(), NoteColour.BLUE),
                    () -> noteService.moveNote(ingridsNote.id(), change, null),
                    () -> noteService.moveNoteWithinSection(ingridsNote.id(), 1),
                    () -> noteService.deleteNote(ingridsNote.id()),
                    () -> sectionService.addSection(boardId, "More"),
                    () -> sectionService.renameSection(keep, "Keeping"),
                    () -> wallService.setResonates(post.id(), true));
        });
        fixtures.as(facilitator, () -> {
            refusedAll(() -> noteService.addNote(boardId, keep, "A week later", null, false),
                    () -> noteService.editNote(facilitatorsNote.id(), facilitatorsNote.version(), "Peer mentoring"),
                    () -> noteService.deleteNote(ingridsNote.id()),
                    () -> sectionService.removeSection(change),
                    () -> votingService.startVote(boardId, 3, true),
                    () -> facilitationService.setFocus(boardId, keep),
                    () -> facilitationService.extendTimer(boardId, 1),
                    () -> wallService.hidePost(post.id(), "Off topic"),
                    () -> wallService.startPrivateWriting(wallId),
                    () -> gatherings.renameBoard(boardId, "Our ideas", null, false),
                    () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Late board", null, false,
                            List.of("Ideas")));
            assertThat(boardReader.history(boardId)).extracting(e -> e.action().name()).endsWith("BOARD_CLOSED");
        });
        assertThat(fixtures.as(facilitator, () -> boardReader.open(boardId)).notes()).extracting(NoteState::text)
                .containsExactlyInAnyOrder("Mentoring", "Case clinics");

        fixtures.as(facilitator, () -> gatherings.start(gathering));

        assertThat(recorder.committed(boardId).getLast().board().readOnly()).isFalse();
        fixtures.as(ingrid, () -> noteService.addNote(boardId, keep, "After reopening", null, false));
        fixtures.as(facilitator, () -> {
            noteService.addNote(boardId, change, "Facilitator after reopening", null, false);
            votingService.startVote(boardId, 3, true);
            assertThat(boardReader.history(boardId)).extracting(e -> e.action().name()).contains("BOARD_REOPENED");
        });
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).board().readOnly()).isFalse();
    }

    @Test
    void aCaseClinicOfAClosedGatheringRefusesItsGroupToo() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        long gathering = fixtures.gathering(network, "Case clinic day", Instant.now(clock), Duration.ofHours(3));
        long clinic = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.CASE_CLINIC, "Clinic", null, false, List.of()).id();
        });
        fixtures.as(facilitator, () -> gatherings.close(gathering));

        fixtures.as(facilitator,
                () -> refusedAll(() -> facilitationService.setGroup(clinic, Map.of(1L, GroupRole.CASE_GIVER)),
                        () -> facilitationService.nextStep(clinic)));
    }

    private static void refusedAll(ThrowingCallable... calls) {
        for (ThrowingCallable call : calls) {
            refused(call, READ_ONLY);
        }
    }
}
