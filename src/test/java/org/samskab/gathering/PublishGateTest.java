package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The publish gate (docs/adr/0191): a closed gathering's boards are seen by those who took part and the network's
 * facilitators until a facilitator publishes it; everyone else finds them missing, as another network's boards.
 * On MariaDB.
 */
@IntegrationTest
class PublishGateTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    RoomService rooms;
    @Autowired
    Clock clock;

    @Test
    void aClosedGatheringIsItsParticipantsUntilAFacilitatorPublishesIt() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String otherFacilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Jonas Lund", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", null);
        String ola = fixtures.member(network, NetworkRole.PARTICIPANT, "Ola Nordmann", null);
        TestNetwork elsewhere = fixtures.network();
        String stranger = fixtures.member(elsewhere, NetworkRole.FACILITATOR, "Kari Vik", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long boardId = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, false, List.of("Keep"))
                    .id();
        });
        long keep = fixtures.as(facilitator, () -> boardReader.open(boardId)).sections().getFirst().id();
        // Ingrid was in the room and only read; Per wrote from a board opened without the room; Ola stayed away.
        fixtures.as(ingrid, () -> rooms.room(gathering));
        fixtures.as(per, () -> noteService.addNote(boardId, keep, "Mentoring", null, false));
        refused(() -> fixtures.as(facilitator, () -> gatherings.publish(gathering)), "gathering.publish-not-closed");

        fixtures.as(facilitator, () -> gatherings.close(gathering));

        assertThat(fixtures.as(ola, () -> gatherings.detail(gathering)).withheld()).isTrue();
        for (String tookPart : List.of(ingrid, per, facilitator, otherFacilitator)) {
            assertThat(fixtures.as(tookPart, () -> boardReader.open(boardId)).notes()).as(tookPart)
                    .extracting(NoteState::text).containsExactly("Mentoring");
            assertThat(fixtures.as(tookPart, () -> gatherings.agenda(gathering))).as(tookPart)
                    .extracting(BoardSummary::id).containsExactly(boardId);
        }
        assertMissing(ola, boardId);
        assertThat(fixtures.as(ola, () -> gatherings.agenda(gathering))).isEmpty();
        assertMissing(stranger, boardId);
        assertThatThrownBy(() -> fixtures.as(ola, () -> gatherings.publish(gathering)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> gatherings.publish(gathering)))
                .isInstanceOf(ItemNotFoundException.class);

        fixtures.as(otherFacilitator, () -> gatherings.publish(gathering));

        assertThat(fixtures.as(ola, () -> gatherings.detail(gathering)).withheld()).isFalse();
        assertThat(fixtures.as(ola, () -> boardReader.open(boardId)).notes()).extracting(NoteState::text)
                .containsExactly("Mentoring");
        assertThat(fixtures.as(ola, () -> gatherings.agenda(gathering))).extracting(BoardSummary::id)
                .containsExactly(boardId);
        assertMissing(stranger, boardId);
        assertThat(fixtures.as(facilitator, () -> boardReader.history(boardId)))
                .extracting(e -> e.action().name()).endsWith("BOARD_CLOSED", "BOARD_PUBLISHED");
        refused(() -> fixtures.as(facilitator, () -> gatherings.publish(gathering)), "gathering.already-published");

        // Reopened and closed again, it stays published.
        fixtures.as(facilitator, () -> gatherings.start(gathering));
        fixtures.as(facilitator, () -> gatherings.close(gathering));
        assertThat(fixtures.as(ola, () -> boardReader.open(boardId)).board().readOnly()).isTrue();
        assertThat(fixtures.as(ola, () -> gatherings.detail(gathering)).withheld()).isFalse();
    }

    private void assertMissing(String email, long boardId) {
        assertThatThrownBy(() -> fixtures.as(email, () -> boardReader.open(boardId)))
                .isInstanceOf(ItemNotFoundException.class);
    }
}
