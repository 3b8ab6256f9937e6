package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.GuestAdmission;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.RoomGuest;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.member.MemberService;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.security.SignedInMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Guests for one gathering on MariaDB (issue 15, docs/adr/0187): let in only where the facilitators allow it, on
 * that gathering's boards only and only while it is live; refused everywhere else in the network, by id too, as a
 * missing thing is; removed by a facilitator or ended by closing, with their posts kept.
 */
@IntegrationTest
class GuestsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    JoiningService joining;
    @Autowired
    BoardReader reader;
    @Autowired
    NoteService notes;
    @Autowired
    NetworkService networks;
    @Autowired
    MemberService members;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    InvitationService invitations;

    record Day(TestNetwork network, long gatheringId, long ideas, long ideasSection, String frida, String pia) {
    }

    private Day liveDay(boolean guestsAllowed) {
        TestNetwork network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas", "",
                true, List.of("Ideas")).id());
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.setGuestsAllowed(gatheringId, guestsAllowed);
        });
        long section = fixtures.as(frida, () -> reader.open(ideas)).sections().getFirst().id();
        return new Day(network, gatheringId, ideas, section, frida, pia);
    }

    private String code(Day day) {
        return Objects.requireNonNull(fixtures.as(day.frida(), () -> rooms.room(day.gatheringId())).joinCode());
    }

    private GuestAdmission guest(Day day, String name) {
        return joining.joinAsGuest(code(day), name, Language.ENGLISH, address());
    }

    private static String address() {
        return "test-" + UUID.randomUUID();
    }

    private static void missing(ThrowingCallable call, String what) {
        assertThatThrownBy(call).as(what).isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void guestsComeInOnlyWhereTheFacilitatorsLetThemAndOnlyFacilitatorsDecide() {
        Day day = liveDay(false);
        refused(() -> guest(day, "Gustav Guest"), "join.no-guests");
        fixtures.as(day.pia(), () -> assertThatThrownBy(() -> rooms.setGuestsAllowed(day.gatheringId(), true))
                .isInstanceOf(PermissionDeniedException.class));
        assertThat(joining.arrive(code(day), address()).guestsAllowed()).isFalse();

        fixtures.as(day.frida(), () -> rooms.setGuestsAllowed(day.gatheringId(), true));
        assertThat(joining.arrive(code(day), address()).guestsAllowed()).isTrue();
        refused(() -> guest(day, "   "), "validation.required");
        GuestAdmission gustav = guest(day, "Gustav Guest");
        assertThat(gustav.boardId()).as("nobody brought anywhere yet: the agenda's first board").isEqualTo(day.ideas());
        assertThat(gustav.signInName()).endsWith(MemberService.GUEST_DOMAIN);

        fixtures.as(day.frida(), () -> rooms.setGuestsAllowed(day.gatheringId(), false));
        refused(() -> guest(day, "Greta Guest"), "join.no-guests");
        fixtures.as(gustav.signInName(), () -> assertThat(reader.open(day.ideas()).board().title())
                .as("a guest already in stays").isEqualTo("Ideas"));
    }

    @Test
    void aGuestTakesPartInItsGatheringsBoardsAndFindsNothingElseOfTheNetwork() {
        Day day = liveDay(true);
        long otherGathering = fixtures.gathering(day.network(), "Pilot gathering", Instant.now(), Duration.ofHours(2));
        long otherBoard = fixtures.as(day.frida(), () -> gatherings.addBoard(otherGathering, BoardKind.IDEA_BOARD,
                "Elsewhere", "", false, List.of("Ideas")).id());
        fixtures.as(day.frida(), () -> gatherings.start(otherGathering)); // live too: a room of its own
        long networkBoard = fixtures.board(day.network(), false, "Ideas");
        TestNetwork other = fixtures.network();
        long otherNetworksBoard = fixtures.board(other, false, "Ideas");
        GuestAdmission gustav = guest(day, "Gustav Guest");
        String guest = gustav.signInName();

        NoteState posted = fixtures.as(guest, () -> notes.addNote(day.ideas(), day.ideasSection(),
                "A walking meeting every Friday", null, false));
        assertThat(posted.authorName()).isEqualTo("Gustav Guest");
        NoteState anonymous = fixtures.as(guest, () -> notes.addNote(day.ideas(), day.ideasSection(),
                "Less e-mail", null, true));
        assertThat(fixtures.as(day.frida(), () -> reader.open(day.ideas())).notes())
                .extracting(NoteState::text, NoteState::authorName)
                .contains(org.assertj.core.groups.Tuple.tuple("A walking meeting every Friday", "Gustav Guest"),
                        org.assertj.core.groups.Tuple.tuple("Less e-mail", null));
        assertThat(anonymous.authorName()).isNull();
        assertThat(fixtures.as(guest, () -> rooms.room(day.gatheringId())).live()).isTrue();

        fixtures.as(guest, () -> {
            missing(() -> reader.open(otherBoard), "another gathering's board of the same network");
            missing(() -> notes.addNote(otherBoard, 1L, "x", null, false), "writing there");
            missing(() -> reader.open(networkBoard), "a board of the network outside any gathering");
            missing(() -> reader.open(otherNetworksBoard), "another network's board");
            assertThat(rooms.room(otherGathering)).as("another gathering's room: the empty one, as a missing one")
                    .isEqualTo(org.samskab.board.BoardViews.RoomState.empty(otherGathering));
            missing(() -> gatherings.detail(day.gatheringId()), "even its own gathering's page");
            missing(() -> gatherings.list(day.network().id()), "the network's gatherings");
            missing(() -> networks.network(day.network().id()), "the network");
            missing(() -> networks.membersByOrganisation(day.network().id(), Locale.ENGLISH), "the member list");
            missing(() -> networks.facilitators(day.network().id(), Locale.ENGLISH), "the facilitators");
            missing(() -> rooms.guests(day.gatheringId()), "the list of guests");
            missing(() -> rooms.removeGuest(day.gatheringId(), gustav.guestId()), "removing guests");
            assertThat(networks.myNetworks()).isEmpty();
            assertThatThrownBy(() -> members.changePassword(gustav.guestId(), "x", "a new password 123"))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(members.passwordMatches(gustav.guestId(), "")).isFalse();
        assertThat(fixtures.as(day.frida(), () -> rooms.guests(day.gatheringId())))
                .extracting(RoomGuest::id, RoomGuest::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(gustav.guestId(), "Gustav Guest"));
    }

    @Test
    void aRemovedGuestIsLetInNowhereAndItsPostsStay() {
        Day day = liveDay(true);
        GuestAdmission gustav = guest(day, "Gustav Guest");
        GuestAdmission greta = guest(day, "Greta Guest");
        NoteState posted = fixtures.as(gustav.signInName(), () -> notes.addNote(day.ideas(), day.ideasSection(),
                "Shadow a colleague for a day", null, false));
        fixtures.as(day.pia(), () -> assertThatThrownBy(() -> rooms.removeGuest(day.gatheringId(), gustav.guestId()))
                .isInstanceOf(PermissionDeniedException.class));
        fixtures.as(day.frida(), () -> missing(() -> rooms.removeGuest(day.gatheringId(),
                members.findByEmail(day.pia()).orElseThrow().id()), "a member is not a guest to remove"));

        var held = (SignedInMember) userDetails.loadUserByUsername(gustav.signInName());
        long revision = fixtures.as(day.frida(), () -> rooms.room(day.gatheringId())).revision();
        var after = fixtures.as(day.frida(), () -> rooms.removeGuest(day.gatheringId(), gustav.guestId()));
        assertThat(after.revision()).as("the guest's screen hears the room change").isGreaterThan(revision);
        fixtures.asHeld(held, () -> {
            assertThat(rooms.mayStay(day.gatheringId())).isFalse();
            missing(() -> reader.open(day.ideas()), "the board");
            missing(() -> notes.editNote(posted.id(), posted.version(), "changed"), "its own note");
        });
        assertThatThrownBy(() -> userDetails.loadUserByUsername(gustav.signInName()))
                .as("a remembered sign-in does not bring a removed guest back")
                .isInstanceOf(UsernameNotFoundException.class);
        fixtures.as(greta.signInName(), () -> assertThat(rooms.mayStay(day.gatheringId())).isTrue());
        assertThat(fixtures.as(day.frida(), () -> reader.open(day.ideas())).notes())
                .extracting(NoteState::text, NoteState::authorName)
                .contains(org.assertj.core.groups.Tuple.tuple("Shadow a colleague for a day", "Gustav Guest"));
        assertThat(fixtures.as(day.frida(), () -> rooms.guests(day.gatheringId())))
                .extracting(RoomGuest::displayName).containsExactly("Greta Guest");
    }

    @Test
    void closingTheGatheringEndsEveryGuestAndStartingAgainDoesNotBringThemBack() {
        Day day = liveDay(true);
        GuestAdmission gustav = guest(day, "Gustav Guest");
        var held = (SignedInMember) userDetails.loadUserByUsername(gustav.signInName());
        fixtures.as(day.frida(), () -> gatherings.close(day.gatheringId()));
        fixtures.asHeld(held, () -> {
            assertThat(rooms.mayStay(day.gatheringId())).isFalse();
            missing(() -> reader.open(day.ideas()), "the closed gathering's board");
        });
        assertThatThrownBy(() -> userDetails.loadUserByUsername(gustav.signInName()))
                .isInstanceOf(UsernameNotFoundException.class);

        fixtures.as(day.frida(), () -> gatherings.start(day.gatheringId()));
        assertThat(members.isGuestIn(gustav.guestId(), day.gatheringId())).isFalse();
        assertThat(fixtures.as(day.frida(), () -> rooms.guests(day.gatheringId()))).isEmpty();
        assertThat(fixtures.as(day.frida(), () -> rooms.room(day.gatheringId())).guestsAllowed())
                .as("the room keeps the facilitators' choice").isTrue();
    }

    @Test
    void aGuestInvitedLaterGetsAnAccountOfItsOwnAndTheGuestAccountStaysOutside() {
        Day day = liveDay(true);
        GuestAdmission gustav = guest(day, "Gustav Guest");
        String email = Fixtures.unique("gustav") + "@test.example";
        String link = fixtures.as(day.network().coordinator(), () -> invitations.invite(day.network().id(), email,
                NetworkRole.PARTICIPANT, null, Language.ENGLISH).link());
        // Accepted in the guest's own browser: the guest's sign-in plays no part in whose account joins.
        fixtures.as(gustav.signInName(), () -> invitations.accept(Fixtures.token(link), "Gustav Member", null,
                Language.ENGLISH, Fixtures.PASSWORD));
        long memberId = members.findByEmail(email).orElseThrow().id();
        assertThat(memberId).isNotEqualTo(gustav.guestId());
        fixtures.as(email, () -> assertThat(networks.network(day.network().id()).name())
                .isEqualTo(day.network().name()));
        fixtures.as(gustav.signInName(), () -> missing(() -> networks.network(day.network().id()),
                "the guest account stays outside the network"));
    }
}
