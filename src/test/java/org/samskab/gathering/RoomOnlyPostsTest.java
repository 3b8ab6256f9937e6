package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardEventRecorder;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "For the room only" (docs/adr/0192): the author alone keeps a post out of the network's memory, or gives it
 * back, while the gathering runs and after it closes; the room sees the post either way, and an anonymous
 * author stays unnamed in the history. On MariaDB.
 */
@IntegrationTest
class RoomOnlyPostsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    BoardEventRecorder recorder;
    @Autowired
    Clock clock;

    @Test
    void onlyItsAuthorKeepsAPostForTheRoomAndTheRoomStillSeesIt() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", null);
        long gathering = fixtures.gathering(network, "Case day", Instant.now(clock), Duration.ofHours(3));
        long boardId = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, true, List.of("Keep"))
                    .id();
        });
        long keep = fixtures.as(facilitator, () -> boardReader.open(boardId)).sections().getFirst().id();

        NoteState kept = fixtures.as(ingrid,
                () -> noteService.addNote(boardId, keep, "Our director's budget", null, true, null, true));
        NoteState shared = fixtures.as(ingrid, () -> noteService.addNote(boardId, keep, "Mentoring", null, false));

        assertThat(kept.roomOnly()).isTrue();
        assertThat(fixtures.as(per, () -> boardReader.open(boardId)).notes())
                .extracting(NoteState::text, NoteState::roomOnly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Our director's budget", true),
                        org.assertj.core.groups.Tuple.tuple("Mentoring", false));
        assertThat(recorder.committed(boardId).getLast().notes()).extracting(NoteState::roomOnly)
                .containsExactly(false);
        for (String other : List.of(per, facilitator)) {
            assertThatThrownBy(() -> fixtures.as(other, () -> noteService.keepForTheRoom(kept.id(), false)))
                    .as(other).isInstanceOf(PermissionDeniedException.class);
        }

        fixtures.as(facilitator, () -> {
            gatherings.close(gathering);
            gatherings.publish(gathering);
        });
        // After the gathering, published even, its author can still take a post out of the memory, or give one back.
        assertThat(fixtures.as(ingrid, () -> noteService.keepForTheRoom(shared.id(), true)).roomOnly()).isTrue();
        assertThat(fixtures.as(ingrid, () -> noteService.keepForTheRoom(kept.id(), false)).roomOnly()).isFalse();
        assertThat(fixtures.as(per, () -> boardReader.open(boardId)).notes())
                .extracting(NoteState::text, NoteState::roomOnly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Our director's budget", false),
                        org.assertj.core.groups.Tuple.tuple("Mentoring", true));
        List<ChangeEntry> history = fixtures.as(facilitator, () -> boardReader.history(boardId));
        assertThat(history).filteredOn(e -> e.action().name().equals("NOTE_ROOM_ONLY"))
                .extracting(e -> e.noteId(), e -> e.memberName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(shared.id(), "Ingrid Bakke"),
                        org.assertj.core.groups.Tuple.tuple(kept.id(), null));
    }
}
