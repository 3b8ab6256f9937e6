package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.BreakoutGroupState;
import org.samskab.board.BoardViews.BreakoutMethod;
import org.samskab.board.BoardViews.BreakoutPlan;
import org.samskab.board.BoardViews.BreakoutState;
import org.samskab.board.BoardViews.GroupBoard;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.BreakoutService;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Breakout groups on MariaDB (issue 15, docs/adr/0188): splitting the people present into groups (mixing
 * organisations as far as the numbers allow, guests too, facilitators and outsiders not), a board per group made
 * like the room's, a learning café's rotation, a message and timer to all groups, and back to the plenary with the
 * groups' boards side by side. Facilitators only; another network finds nothing.
 */
@IntegrationTest
class BreakoutTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    BreakoutService breakouts;
    @Autowired
    JoiningService joining;
    @Autowired
    BoardReader reader;
    @Autowired
    NoteService notes;
    @Autowired
    MemberService members;

    /** A live café: Frida facilitates, three people from each of two municipalities, on the "Ideas" board. */
    record Cafe(TestNetwork network, long gatheringId, long ideas, String frida, List<String> sarpsborg,
            List<String> fredrikstad, Map<Long, Long> organisationOf) {

        List<String> participants() {
            List<String> all = new ArrayList<>(sarpsborg);
            all.addAll(fredrikstad);
            return all;
        }
    }

    private long id(String email) {
        return members.findByEmail(email).orElseThrow().id();
    }

    private Cafe cafe() {
        TestNetwork network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", network.sarpsborg());
        Map<Long, Long> organisationOf = new HashMap<>();
        List<String> sarpsborg = new ArrayList<>();
        List<String> fredrikstad = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String s = fixtures.member(network, NetworkRole.PARTICIPANT, "Sara " + i, network.sarpsborg());
            String f = fixtures.member(network, NetworkRole.PARTICIPANT, "Fred " + i, network.fredrikstad());
            sarpsborg.add(s);
            fredrikstad.add(f);
            organisationOf.put(id(s), network.sarpsborg());
            organisationOf.put(id(f), network.fredrikstad());
        }
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas",
                "One idea per note.", false, List.of("Ideas", "Questions")).id());
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.bringEveryoneHere(ideas, null, null);
        });
        return new Cafe(network, gatheringId, ideas, frida, sarpsborg, fredrikstad, organisationOf);
    }

    private List<Long> present(Cafe cafe, String... more) {
        List<Long> ids = new ArrayList<>(cafe.participants().stream().map(this::id).toList());
        for (String email : more) {
            ids.add(id(email));
        }
        return ids;
    }

    private long firstSection(String email, long boardId) {
        return fixtures.as(email, () -> reader.open(boardId)).sections().getFirst().id();
    }

    @Test
    void mixingOrganisationsGivesEachGroupABoardLikeTheRoomsAndLeavesFacilitatorsAndOutsidersOut() {
        Cafe cafe = cafe();
        fixtures.as(cafe.frida(), () -> rooms.setGuestsAllowed(cafe.gatheringId(), true));
        String code =
                Objects.requireNonNull(fixtures.as(cafe.frida(), () -> rooms.room(cafe.gatheringId())).joinCode());
        var guest = joining.joinAsGuest(code, "Gustav Guest", Language.ENGLISH, "test-" + UUID.randomUUID());
        TestNetwork other = fixtures.network();
        String olga = fixtures.member(other, NetworkRole.PARTICIPANT, "Olga Outsider", null);
        List<Long> present = present(cafe, cafe.frida(), olga);
        present.add(guest.guestId());

        RoomState room = fixtures.as(cafe.frida(), () -> breakouts.split(cafe.ideas(), present,
                BreakoutPlan.byCount(BreakoutMethod.MIX_ORGANISATIONS, 3)));
        BreakoutState breakout = Objects.requireNonNull(room.runningBreakout());
        assertThat(breakout.groups()).hasSize(3);
        assertThat(breakout.seats()).as("six participants and the guest; not the facilitator, not an outsider")
                .hasSize(7).doesNotContainKeys(id(cafe.frida()), id(olga));
        assertThat(breakout.groups()).extracting(BreakoutGroupState::size).containsExactlyInAnyOrder(3, 2, 2);
        for (BreakoutGroupState group : breakout.groups()) {
            Map<Long, Integer> perOrganisation = new HashMap<>();
            breakout.seats().forEach((member, number) -> {
                Long organisation = cafe.organisationOf().get(member);
                if (number == group.number() && organisation != null) {
                    perOrganisation.merge(organisation, 1, Integer::sum);
                }
            });
            assertThat(perOrganisation).as("one from each municipality in every group")
                    .containsEntry(cafe.network().sarpsborg(), 1).containsEntry(cafe.network().fredrikstad(), 1);
            var board = fixtures.as(cafe.frida(), () -> reader.open(group.boardId()));
            assertThat(board.board().title()).isEqualTo("Group " + group.number() + " · Ideas");
            assertThat(board.sections()).extracting(SectionState::title).containsExactly("Ideas", "Questions");
        }

        BreakoutGroupState gustavs = Objects.requireNonNull(breakout.groupOf(guest.guestId()));
        NoteState byGuest = fixtures.as(guest.signInName(), () -> notes.addNote(gustavs.boardId(),
                firstSection(guest.signInName(), gustavs.boardId()), "Visit each other's workplaces", null, false));
        assertThat(byGuest.authorName()).isEqualTo("Gustav Guest");
        refused(() -> fixtures.as(cafe.frida(), () -> breakouts.split(cafe.ideas(), present,
                BreakoutPlan.byCount(BreakoutMethod.RANDOM, 2))), "breakout.running");
        assertThat(breakout.groups()).extracting(BreakoutGroupState::hostId).as("no hosts outside a café")
                .containsOnlyNulls();
        refused(() -> fixtures.as(cafe.frida(), () -> breakouts.rotate(cafe.gatheringId())), "breakout.not-a-cafe");
    }

    @Test
    void onlyFacilitatorsSplitTheRoomAndAnotherNetworkFindsNothing() {
        Cafe cafe = cafe();
        String sara = cafe.sarpsborg().getFirst();
        List<Long> present = present(cafe);
        fixtures.as(sara, () -> assertThatThrownBy(() -> breakouts.split(cafe.ideas(), present,
                BreakoutPlan.bySize(BreakoutMethod.RANDOM, 3))).isInstanceOf(PermissionDeniedException.class));
        TestNetwork other = fixtures.network();
        String olga = fixtures.member(other, NetworkRole.FACILITATOR, "Olga Outsider", null);
        fixtures.as(olga, () -> {
            assertThatThrownBy(() -> breakouts.split(cafe.ideas(), present,
                    BreakoutPlan.bySize(BreakoutMethod.RANDOM, 3))).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> breakouts.end(cafe.gatheringId())).isInstanceOf(ItemNotFoundException.class);
        });
        refused(() -> fixtures.as(cafe.frida(), () -> breakouts.split(cafe.ideas(), List.of(id(cafe.frida())),
                BreakoutPlan.bySize(BreakoutMethod.RANDOM, 3))), "breakout.nobody");
        refused(() -> fixtures.as(cafe.frida(), () -> breakouts.rotate(cafe.gatheringId())), "breakout.none");

        RoomState room = fixtures.as(cafe.frida(), () -> breakouts.split(cafe.ideas(), present,
                BreakoutPlan.bySize(BreakoutMethod.RANDOM, 3)));
        long breakoutId = Objects.requireNonNull(room.breakout()).id();
        fixtures.as(sara, () -> {
            assertThatThrownBy(() -> breakouts.announce(cafe.gatheringId(), "Hello", 5))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> breakouts.end(cafe.gatheringId())).isInstanceOf(PermissionDeniedException.class);
            assertThat(breakouts.overview(breakoutId).groups()).as("participants see the groups' boards").hasSize(2);
        });
        fixtures.as(olga, () -> assertThatThrownBy(() -> breakouts.overview(breakoutId))
                .isInstanceOf(ItemNotFoundException.class));
    }

    @Test
    void byHandTheFacilitatorsChoiceIsTakenAndTheUnchosenStayInThePlenary() {
        Cafe cafe = cafe();
        Map<Long, Integer> chosen = new HashMap<>();
        chosen.put(id(cafe.sarpsborg().get(0)), 1);
        chosen.put(id(cafe.fredrikstad().get(0)), 1);
        chosen.put(id(cafe.sarpsborg().get(1)), 2);
        RoomState room = fixtures.as(cafe.frida(), () -> breakouts.split(cafe.ideas(), present(cafe),
                new BreakoutPlan(BreakoutMethod.BY_HAND, null, null, chosen, null, false)));
        BreakoutState breakout = Objects.requireNonNull(room.runningBreakout());
        assertThat(breakout.seats()).isEqualTo(chosen);
        assertThat(breakout.groupOf(id(cafe.fredrikstad().get(2)))).as("not chosen: stays").isNull();
    }

    @Test
    void aLearningCafeRotatesHostsStayEachTableKeepsItsBoardAndEveryoneComesBackToTheGroupsSideBySide() {
        Cafe cafe = cafe();
        RoomState split = fixtures.as(cafe.frida(), () -> breakouts.split(cafe.ideas(), present(cafe),
                BreakoutPlan.bySize(BreakoutMethod.RANDOM, 3).asCafe()));
        BreakoutState first = Objects.requireNonNull(split.runningBreakout());
        assertThat(first.groups()).hasSize(2);
        BreakoutGroupState table1 = first.groups().get(0);
        long host1 = Objects.requireNonNull(table1.hostId());
        String hostEmail = cafe.participants().stream().filter(e -> id(e) == host1).findFirst().orElseThrow();
        fixtures.as(hostEmail, () -> notes.addNote(table1.boardId(), firstSection(hostEmail, table1.boardId()),
                "Round one: shadow a colleague", null, false));
        List<Long> movers = first.seats().entrySet().stream()
                .filter(e -> e.getValue() == 1 && e.getKey() != host1).map(Map.Entry::getKey).toList();

        BreakoutState second = Objects.requireNonNull(
                fixtures.as(cafe.frida(), () -> breakouts.rotate(cafe.gatheringId())).runningBreakout());
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.groupOf(host1)).as("the host stays at the table").isEqualTo(second.groups().get(0));
        assertThat(movers).allSatisfy(m -> assertThat(second.seats().get(m)).isEqualTo(2));
        assertThat(second.groups()).extracting(BreakoutGroupState::boardId)
                .containsExactly(first.groups().get(0).boardId(), first.groups().get(1).boardId());
        assertThat(fixtures.as(hostEmail, () -> reader.open(table1.boardId())).notes()).extracting(NoteState::text)
                .contains("Round one: shadow a colleague");

        refused(() -> fixtures.as(cafe.frida(), () -> breakouts.announce(cafe.gatheringId(), "Wrap up", 0)),
                "breakout.timer-range");
        Instant before = Instant.now();
        BreakoutState told = Objects.requireNonNull(fixtures.as(cafe.frida(),
                () -> breakouts.announce(cafe.gatheringId(), "Five minutes left: pick one idea", 5)).runningBreakout());
        assertThat(told.message()).isEqualTo("Five minutes left: pick one idea");
        assertThat(Instant.ofEpochMilli(told.timerEndsAt())).isBetween(before.plus(Duration.ofMinutes(4)),
                before.plus(Duration.ofMinutes(6)));

        int brought = fixtures.as(cafe.frida(), () -> rooms.room(cafe.gatheringId())).bringCount();
        RoomState back = fixtures.as(cafe.frida(), () -> breakouts.end(cafe.gatheringId()));
        assertThat(back.runningBreakout()).isNull();
        assertThat(Objects.requireNonNull(back.breakout()).ended()).isTrue();
        assertThat(back.currentBoardId()).isEqualTo(cafe.ideas());
        assertThat(back.bringCount()).isEqualTo(brought + 1);
        String sara = cafe.sarpsborg().getFirst();
        var overview = fixtures.as(sara, () -> breakouts.overview(back.breakout().id()));
        assertThat(overview.sourceTitle()).isEqualTo("Ideas");
        assertThat(overview.groups()).extracting(GroupBoard::number).containsExactly(1, 2);
        assertThat(overview.groups().getFirst().notes()).extracting(NoteState::text)
                .contains("Round one: shadow a colleague");
        refused(() -> fixtures.as(cafe.frida(), () -> breakouts.rotate(cafe.gatheringId())), "breakout.none");

        RoomState elsewhere = fixtures.as(cafe.frida(), () -> rooms.bringEveryoneHere(cafe.ideas(), null, null));
        assertThat(elsewhere.breakout()).as("the side-by-side view gives way to the next bring").isNull();
    }
}
