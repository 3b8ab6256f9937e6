package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardKind;
import org.samskab.board.RoomService;
import org.samskab.gathering.JoiningService.Arrival;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Joining a live gathering by its code on MariaDB (issue 15, docs/adr/0186): the code works only while the
 * gathering is live and joining is open, a new code ends the old one, only facilitators change it, wrong codes are
 * limited per address, and the code tells a member where the room is and anyone else only the gathering's title.
 */
@IntegrationTest
class JoiningTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    JoiningService joining;

    record Day(TestNetwork network, long gatheringId, long ideas, String frida, String pia) {
    }

    private Day liveDay() {
        TestNetwork network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas", "",
                false, List.of("Ideas")).id());
        fixtures.as(frida, () -> gatherings.start(gatheringId));
        return new Day(network, gatheringId, ideas, frida, pia);
    }

    private String code(Day day) {
        return Objects.requireNonNull(fixtures.as(day.frida(), () -> rooms.room(day.gatheringId())).joinCode());
    }

    /** Each test its own address, so one test's wrong codes do not count against another's. */
    private static String address() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void aMemberLandsWhereTheRoomIsAndAnyoneElseLearnsOnlyTheTitle() {
        Day day = liveDay();
        String code = code(day);
        assertThat(code).hasSize(8).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}");

        Arrival early = fixtures.as(day.pia(), () -> joining.arrive(code, address()));
        assertThat(early.member()).isTrue();
        assertThat(early.boardId()).as("nobody brought anywhere yet: the gathering's page").isNull();

        fixtures.as(day.frida(), () -> rooms.bringEveryoneHere(day.ideas(), null, null));
        // Typed on a phone: lower case, with the dash the screen shows, spaces around.
        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ";
        Arrival member = fixtures.as(day.pia(), () -> joining.arrive(typed, address()));
        assertThat(member).isEqualTo(new Arrival(day.gatheringId(), "Learning café", true, true, day.ideas(),
                false));

        Arrival visitor = joining.arrive(code, address());
        assertThat(visitor).isEqualTo(new Arrival(day.gatheringId(), "Learning café", false, false, null, false));

        TestNetwork other = fixtures.network();
        String olga = fixtures.member(other, NetworkRole.COORDINATOR, "Olga Outsider", null);
        Arrival outsider = fixtures.as(olga, () -> joining.arrive(code, address()));
        assertThat(outsider.signedIn()).isTrue();
        assertThat(outsider.member()).isFalse();
        assertThat(outsider.boardId()).as("no board of a network they are not in").isNull();
    }

    @Test
    void theCodeWorksOnlyWhileTheGatheringIsLive() {
        Day day = liveDay();
        String first = code(day);
        fixtures.as(day.frida(), () -> gatherings.close(day.gatheringId()));
        assertThatThrownBy(() -> joining.arrive(first, address())).isInstanceOf(ItemNotFoundException.class);
        assertThat(fixtures.as(day.frida(), () -> rooms.room(day.gatheringId())).joinCode()).isNull();

        fixtures.as(day.frida(), () -> gatherings.start(day.gatheringId()));
        String second = code(day);
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> joining.arrive(first, address())).isInstanceOf(ItemNotFoundException.class);
        assertThat(joining.arrive(second, address()).gatheringId()).isEqualTo(day.gatheringId());
    }

    @Test
    void onlyFacilitatorsRenewTheCodeOrCloseJoiningAndTheOldCodeStopsAtOnce() {
        Day day = liveDay();
        String old = code(day);
        fixtures.as(day.pia(), () -> {
            assertThatThrownBy(() -> rooms.renewJoinCode(day.gatheringId()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> rooms.setJoiningOpen(day.gatheringId(), false))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        TestNetwork other = fixtures.network();
        String olga = fixtures.member(other, NetworkRole.COORDINATOR, "Olga Outsider", null);
        fixtures.as(olga, () -> assertThatThrownBy(() -> rooms.renewJoinCode(day.gatheringId()))
                .as("another network's gathering answers as a missing one").isInstanceOf(ItemNotFoundException.class));
        assertThat(code(day)).isEqualTo(old);

        String renewed = Objects.requireNonNull(
                fixtures.as(day.frida(), () -> rooms.renewJoinCode(day.gatheringId())).joinCode());
        assertThat(renewed).isNotEqualTo(old);
        assertThatThrownBy(() -> joining.arrive(old, address())).isInstanceOf(ItemNotFoundException.class);

        var closed = fixtures.as(day.frida(), () -> rooms.setJoiningOpen(day.gatheringId(), false));
        assertThat(closed.shownJoinCode()).as("nothing to read out while joining is closed").isNull();
        refused(() -> joining.arrive(renewed, address()), "join.closed");
        fixtures.as(day.frida(), () -> rooms.setJoiningOpen(day.gatheringId(), true));
        assertThat(joining.arrive(renewed, address()).gatheringId()).isEqualTo(day.gatheringId());
    }

    @Test
    void wrongCodesFromOneAddressAreLimitedAndOtherAddressesAreNot() {
        Day day = liveDay();
        String code = code(day);
        String guesser = address();
        for (int i = 0; i < 10; i++) {
            String guess = i % 2 == 0 ? "ZZZZZZZZ" : "not a code at all";
            assertThatThrownBy(() -> joining.arrive(guess, guesser)).isInstanceOf(ItemNotFoundException.class);
        }
        // From now on even the right code is refused from there, with a message that says for how long.
        var refusal = refused(() -> joining.arrive(code, guesser), "join.too-many-attempts");
        assertThat(refusal.messageArguments()).containsExactly(10L);
        assertThat(joining.arrive(code, address()).gatheringId()).isEqualTo(day.gatheringId());
    }
}
