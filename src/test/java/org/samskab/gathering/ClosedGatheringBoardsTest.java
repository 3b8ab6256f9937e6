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
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.GroupRole;
import org.samskab.board.NoteColour;
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
        long keep = fixtures.as(ingrid, () -> boards.open(boardId)).sections().getFirst().id();
        long change = fixtures.as(ingrid, () -> boards.open(boardId)).sections().get(1).id();
        NoteState ingridsNote = fixtures.as(ingrid, () -> boards.addNote(boardId, keep, "Mentoring", null, false));
        NoteState facilitatorsNote = fixtures.as(facilitator, () -> boards.addNote(boardId, keep, "Case clinics",
                null, false));
        long prompt = fixtures.as(ingrid, () -> boards.open(wallId)).sections().getFirst().id();
        NoteState post = fixtures.as(ingrid, () -> boards.addNote(wallId, prompt, "I learned a lot", null, false));

        fixtures.as(facilitator, () -> gatherings.close(gathering));

        assertThat(fixtures.as(ingrid, () -> boards.open(boardId)).board().readOnly()).isTrue();
        assertThat(fixtures.as(ingrid, () -> boards.open(wallId)).board().readOnly()).isTrue();
        BoardChanged announced = recorder.committed(boardId).getLast();
        assertThat(announced.board()).isNotNull();
        assertThat(announced.board().readOnly()).isTrue();
        fixtures.as(ingrid, () -> {
            refusedAll(() -> boards.addNote(boardId, keep, "A week later", null, false),
                    () -> boards.editNote(ingridsNote.id(), ingridsNote.version(), "Mentoring pairs"),
                    () -> boards.recolourNote(ingridsNote.id(), NoteColour.BLUE),
                    () -> boards.moveNote(ingridsNote.id(), change, null),
                    () -> boards.moveNoteWithinSection(ingridsNote.id(), 1),
                    () -> boards.deleteNote(ingridsNote.id()),
                    () -> boards.addSection(boardId, "More"),
                    () -> boards.renameSection(keep, "Keeping"),
                    () -> boards.setResonates(post.id(), true));
        });
        fixtures.as(facilitator, () -> {
            refusedAll(() -> boards.addNote(boardId, keep, "A week later", null, false),
                    () -> boards.editNote(facilitatorsNote.id(), facilitatorsNote.version(), "Peer mentoring"),
                    () -> boards.deleteNote(ingridsNote.id()),
                    () -> boards.removeSection(change),
                    () -> boards.startVote(boardId, 3, true),
                    () -> boards.setFocus(boardId, keep),
                    () -> boards.extendTimer(boardId, 1),
                    () -> boards.hidePost(post.id(), "Off topic"),
                    () -> boards.startPrivateWriting(wallId),
                    () -> gatherings.renameBoard(boardId, "Our ideas", null, false),
                    () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Late board", null, false,
                            List.of("Ideas")));
            assertThat(boards.history(boardId)).extracting(ChangeEntry::action).endsWith("BOARD_CLOSED");
        });
        assertThat(fixtures.as(facilitator, () -> boards.open(boardId)).notes()).extracting(NoteState::text)
                .containsExactlyInAnyOrder("Mentoring", "Case clinics");

        fixtures.as(facilitator, () -> gatherings.start(gathering));

        assertThat(recorder.committed(boardId).getLast().board().readOnly()).isFalse();
        fixtures.as(ingrid, () -> boards.addNote(boardId, keep, "After reopening", null, false));
        fixtures.as(facilitator, () -> {
            boards.addNote(boardId, change, "Facilitator after reopening", null, false);
            boards.startVote(boardId, 3, true);
            assertThat(boards.history(boardId)).extracting(ChangeEntry::action).contains("BOARD_REOPENED");
        });
        assertThat(fixtures.as(ingrid, () -> boards.open(boardId)).board().readOnly()).isFalse();
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

        fixtures.as(facilitator, () -> refusedAll(() -> boards.setGroup(clinic, Map.of(1L, GroupRole.CASE_GIVER)),
                () -> boards.nextStep(clinic)));
    }

    private static void refusedAll(ThrowingCallable... calls) {
        for (ThrowingCallable call : calls) {
            refused(call, READ_ONLY);
        }
    }
}
