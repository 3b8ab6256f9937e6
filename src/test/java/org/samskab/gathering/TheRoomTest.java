package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

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
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.board.WallService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The room of a live gathering on MariaDB (docs/adr/0184): only facilitators bring everyone somewhere, only while
 * the gathering is live; the room's screen opens with a secret that stops working when revoked, replaced or when
 * the gathering closes, and shows only what every participant sees.
 */
@IntegrationTest
class TheRoomTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    WallService wallService;

    record Day(TestNetwork network, long gatheringId, long ideas, long wall, String frida, String pia) {
    }

    private Day day() {
        TestNetwork network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long gatheringId = fixtures.gathering(network, "Pilot gathering", Instant.now(), Duration.ofHours(4));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas", "",
                true, List.of("What we try")).id());
        long wall = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.REFLECTION_WALL,
                "Reflections", "", false, true, List.of()).id());
        return new Day(network, gatheringId, ideas, wall, frida, pia);
    }

    private long firstSection(String who, long boardId) {
        return fixtures.as(who, () -> boardReader.open(boardId)).sections().getFirst().id();
    }

    @Test
    void onlyFacilitatorsBringEveryoneAndOnlyWhileTheGatheringIsLive() {
        Day day = day();
        fixtures.as(day.frida(), () -> refused(() -> rooms.bringEveryoneHere(day.ideas(), null, null),
                "room.not-live"));
        fixtures.as(day.frida(), () -> gatherings.start(day.gatheringId()));
        assertThat(fixtures.as(day.pia(), () -> rooms.room(day.gatheringId())).currentBoardId()).isNull();

        fixtures.as(day.pia(), () -> {
            assertThatThrownBy(() -> rooms.bringEveryoneHere(day.ideas(), null, null))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> rooms.newProjectorSecret(day.gatheringId()))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        RoomState first = fixtures.as(day.frida(), () -> rooms.bringEveryoneHere(day.ideas(), null, null));
        long section = firstSection(day.frida(), day.ideas());
        RoomState second = fixtures.as(day.frida(), () -> rooms.bringEveryoneHere(day.ideas(), section, null));
        assertThat(second.bringCount()).isEqualTo(first.bringCount() + 1);
        assertThat(second.revision()).isGreaterThan(first.revision());
        RoomState seen = fixtures.as(day.pia(), () -> rooms.room(day.gatheringId()));
        assertThat(seen.currentBoardId()).isEqualTo(day.ideas());
        assertThat(seen.currentBoardTitle()).isEqualTo("Ideas");
        assertThat(seen.bringSectionId()).isEqualTo(section);
    }

    @Test
    void theRoomRecordsWhoTookPartOnceEachAndOnlyWhileTheGatheringIsLive() {
        Day day = day();
        fixtures.as(day.pia(), () -> rooms.room(day.gatheringId())); // planned: nobody takes part yet
        fixtures.as(day.frida(), () -> gatherings.start(day.gatheringId()));
        assertThat(fixtures.as(day.pia(), () -> rooms.tookPart(day.gatheringId()))).isZero();

        fixtures.as(day.pia(), () -> rooms.room(day.gatheringId()));
        fixtures.as(day.pia(), () -> rooms.room(day.gatheringId())); // a second screen: still one person
        fixtures.as(day.frida(), () -> rooms.room(day.gatheringId()));
        assertThat(fixtures.as(day.pia(), () -> rooms.tookPart(day.gatheringId()))).isEqualTo(2);

        fixtures.as(day.frida(), () -> gatherings.close(day.gatheringId()));
        String per = fixtures.member(day.network(), NetworkRole.PARTICIPANT, "Per Later", null);
        fixtures.as(per, () -> rooms.room(day.gatheringId())); // looking back afterwards is not taking part
        assertThat(fixtures.as(per, () -> rooms.tookPart(day.gatheringId()))).isEqualTo(2);

        Day other = day();
        // Another network's gathering answers as one that never had a room: nobody (that it may know of) took part.
        assertThat(fixtures.as(other.frida(), () -> rooms.tookPart(day.gatheringId()))).isZero();
        assertThat(fixtures.as(other.frida(), () -> rooms.whoTookPart(day.gatheringId()))).isEmpty();
    }

    @Test
    void anotherNetworksIdsAnswerAsMissingOnes() {
        Day day = day();
        fixtures.as(day.frida(), () -> gatherings.start(day.gatheringId()));
        Day other = day();
        long otherSection = firstSection(other.frida(), other.ideas());
        fixtures.as(other.frida(), () -> {
            assertThatThrownBy(() -> rooms.bringEveryoneHere(day.ideas(), null, null))
                    .isInstanceOf(ItemNotFoundException.class);
            // As a gathering that never had a room: the empty room, exactly (docs/adr/0204).
            assertThat(rooms.room(day.gatheringId())).isEqualTo(RoomState.empty(day.gatheringId()));
            assertThat(rooms.room(Long.MAX_VALUE - 7)).isEqualTo(RoomState.empty(Long.MAX_VALUE - 7));
            assertThatThrownBy(() -> rooms.newProjectorSecret(day.gatheringId()))
                    .isInstanceOf(ItemNotFoundException.class);
        });
        // A section of another board, in another network, answers as a missing one too.
        fixtures.as(day.frida(), () -> assertThatThrownBy(
                () -> rooms.bringEveryoneHere(day.ideas(), otherSection, null))
                .isInstanceOf(ItemNotFoundException.class));
        assertThat(fixtures.as(day.pia(), () -> rooms.room(day.gatheringId())).bringCount()).isZero();
    }

    @Test
    void theRoomsScreenShowsWhatEveryoneSeesAndStopsWithItsLink() {
        Day day = day();
        fixtures.as(day.frida(), () -> gatherings.start(day.gatheringId()));
        String secret = fixtures.as(day.frida(), () -> rooms.newProjectorSecret(day.gatheringId()));
        assertThat(rooms.projectorRoom(secret).gatheringId()).isEqualTo(day.gatheringId());
        assertThat(rooms.projectorBoard(secret)).as("nobody has been brought anywhere yet").isNull();

        // An anonymous note on the idea board, private and shared posts on the wall.
        long idea = firstSection(day.pia(), day.ideas());
        NoteState anonymous = fixtures.as(day.pia(), () -> noteService.addNote(day.ideas(), idea,
                "Nobody knows I wrote this", null, true));
        fixtures.as(day.frida(), () -> rooms.bringEveryoneHere(day.ideas(), null, anonymous.id()));
        BoardSnapshot shown = rooms.projectorBoard(secret);
        assertThat(shown).isNotNull();
        assertThat(shown.notes()).extracting(NoteState::text).containsExactly("Nobody knows I wrote this");
        assertThat(shown.notes().getFirst().authorName()).isNull();
        assertThat(shown.canModerate()).isFalse();

        long prompt = firstSection(day.pia(), day.wall());
        fixtures.as(day.frida(), () -> wallService.startPrivateWriting(day.wall()));
        NoteState privatePost = fixtures.as(day.pia(), () -> noteService.addNote(day.wall(), prompt,
                "Only mine until the reveal", null, false));
        fixtures.as(day.frida(), () -> assertThatThrownBy(
                () -> rooms.bringEveryoneHere(day.wall(), null, privatePost.id()))
                .isInstanceOf(ItemNotFoundException.class));
        fixtures.as(day.frida(), () -> rooms.bringEveryoneHere(day.wall(), null, null));
        assertThat(rooms.projectorBoard(secret).notes()).isEmpty();

        // A new link stops the old one; revoking stops it; closing the gathering stops any.
        String second = fixtures.as(day.frida(), () -> rooms.newProjectorSecret(day.gatheringId()));
        assertThatThrownBy(() -> rooms.projectorRoom(secret)).isInstanceOf(ItemNotFoundException.class);
        fixtures.as(day.frida(), () -> rooms.revokeProjectorSecret(day.gatheringId()));
        assertThatThrownBy(() -> rooms.projectorRoom(second)).isInstanceOf(ItemNotFoundException.class);
        String third = fixtures.as(day.frida(), () -> rooms.newProjectorSecret(day.gatheringId()));
        fixtures.as(day.frida(), () -> gatherings.close(day.gatheringId()));
        assertThatThrownBy(() -> rooms.projectorRoom(third)).isInstanceOf(ItemNotFoundException.class);
        for (String guess : new String[] {"", "x", third + "x", "a".repeat(500)}) {
            assertThatThrownBy(() -> rooms.projectorRoom(guess)).isInstanceOf(ItemNotFoundException.class);
        }
    }
}
