package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.gathering.GatheringViews.Facilitator;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.gathering.GatheringViews.GatheringList;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Gatherings and their agendas: who may do what, the rules for what is stored, and that refusals store nothing. */
@IntegrationTest
@RecordApplicationEvents
class GatheringServiceTest {

    private static final List<String> IDEAS = List.of("Ideas");

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    MemberService members;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    private static GatheringForm form(String title, Instant startsAt, Instant endsAt) {
        return new GatheringForm(title, GatheringKind.INSIGHT_GATHERING, startsAt, endsAt, null, null, null,
                Set.of());
    }

    private long memberId(String email) {
        return members.findByEmail(email).orElseThrow().id();
    }

    @Test
    void aFacilitatorPlansAGatheringAndChangesIt() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        Instant start = now().plus(Duration.ofDays(7));

        GatheringSummary planned = fixtures.as(facilitator, () -> gatherings.plan(network.id(), new GatheringForm(
                "  Insight gathering  ", GatheringKind.INSIGHT_GATHERING, start, start.plus(Duration.ofHours(6)),
                "Sarpsborg rådhus", "https://meet.example.org/hr-ostfold",
                "What should the network give us?\nEight of us, six municipalities.",
                Set.of(memberId(facilitator), memberId(network.coordinator())))));

        assertThat(planned.title()).isEqualTo("Insight gathering");
        assertThat(planned.status()).isEqualTo(GatheringStatus.PLANNED);
        assertThat(events.stream(GatheringPlanned.class))
                .containsExactly(new GatheringPlanned(planned.id(), network.id(), memberId(facilitator)));

        // Any member reads it, as it was stored.
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        GatheringDetail detail = fixtures.as(participant, () -> gatherings.detail(planned.id()));
        assertThat(detail.networkName()).isEqualTo(network.name());
        assertThat(detail.kind()).isEqualTo(GatheringKind.INSIGHT_GATHERING);
        assertThat(detail.startsAt()).isEqualTo(start);
        assertThat(detail.endsAt()).isEqualTo(start.plus(Duration.ofHours(6)));
        assertThat(detail.place()).isEqualTo("Sarpsborg rådhus");
        assertThat(detail.onlineLink()).isEqualTo("https://meet.example.org/hr-ostfold");
        assertThat(detail.purpose()).isEqualTo("What should the network give us?\nEight of us, six municipalities.");
        assertThat(detail.facilitators()).extracting(Facilitator::displayName)
                .containsExactlyInAnyOrder("Mette Sørensen", "Coordinator");
        assertThat(detail.canFacilitate()).isFalse();

        Instant later = start.plus(Duration.ofDays(1));
        fixtures.as(network.coordinator(), () -> gatherings.update(planned.id(), new GatheringForm("Pilot gathering 1",
                GatheringKind.PILOT_GATHERING, later, later.plus(Duration.ofHours(3)), null, "", "  ",
                Set.of(memberId(facilitator)))));

        GatheringDetail changed = fixtures.as(facilitator, () -> gatherings.detail(planned.id()));
        assertThat(changed.title()).isEqualTo("Pilot gathering 1");
        assertThat(changed.kind()).isEqualTo(GatheringKind.PILOT_GATHERING);
        assertThat(changed.startsAt()).isEqualTo(later);
        assertThat(changed.place()).isNull();
        assertThat(changed.onlineLink()).isNull();
        assertThat(changed.purpose()).isNull();
        assertThat(changed.facilitators()).extracting(Facilitator::displayName).containsExactly("Mette Sørensen");
        assertThat(changed.canFacilitate()).isTrue();
    }

    @Test
    void theListSplitsUpcomingFromPastSoonestAndMostRecentFirst() {
        TestNetwork network = fixtures.network();
        TestNetwork other = fixtures.network();
        Instant now = now();
        long longAgo = fixtures.gathering(network, "Long ago", now.minus(Duration.ofDays(60)), Duration.ofHours(4));
        long nextMonth = fixtures.gathering(network, "Next month", now.plus(Duration.ofDays(30)), Duration.ofHours(4));
        long lastWeek = fixtures.gathering(network, "Last week", now.minus(Duration.ofDays(7)), Duration.ofHours(4));
        long ongoing = fixtures.gathering(network, "Ongoing", now.minus(Duration.ofHours(1)), Duration.ofHours(3));
        long tomorrow = fixtures.gathering(network, "Tomorrow", now.plus(Duration.ofDays(1)), Duration.ofHours(4));
        fixtures.gathering(other, "Elsewhere", now.plus(Duration.ofDays(2)), Duration.ofHours(4));
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Jonas Lie", null);

        GatheringList list = fixtures.as(participant, () -> gatherings.list(network.id()));

        assertThat(list.upcoming()).extracting(GatheringSummary::id).containsExactly(ongoing, tomorrow, nextMonth);
        assertThat(list.past()).extracting(GatheringSummary::id).containsExactly(lastWeek, longAgo);
        assertThat(list.isEmpty()).isFalse();
        assertThat(fixtures.as(other.coordinator(), () -> gatherings.list(other.id())).upcoming())
                .extracting(GatheringSummary::title).containsExactly("Elsewhere");
    }

    @Test
    void theListGoesByStatusBeforeDate() {
        TestNetwork network = fixtures.network();
        Instant now = now();
        long past = fixtures.gathering(network, "Past", now.minus(Duration.ofDays(7)), Duration.ofHours(4));
        long planned = fixtures.gathering(network, "Planned", now.plus(Duration.ofDays(30)), Duration.ofHours(4));
        long closedEarly = fixtures.gathering(network, "Closed early", now.plus(Duration.ofDays(2)),
                Duration.ofHours(4));
        long liveEarly = fixtures.gathering(network, "Live early", now.plus(Duration.ofHours(1)), Duration.ofHours(3));
        long liveLate = fixtures.gathering(network, "Live late", now.minus(Duration.ofDays(1)), Duration.ofHours(3));
        fixtures.as(network.coordinator(), () -> {
            gatherings.start(closedEarly);
            gatherings.close(closedEarly);
            gatherings.start(liveEarly);
            gatherings.start(liveLate);
        });

        GatheringList list = fixtures.as(network.coordinator(), () -> gatherings.list(network.id()));

        assertThat(list.now()).extracting(GatheringSummary::id).containsExactly(liveLate, liveEarly);
        assertThat(list.upcoming()).extracting(GatheringSummary::id).containsExactly(planned);
        assertThat(list.past()).extracting(GatheringSummary::id).containsExactly(closedEarly, past);
    }

    @Test
    void aParticipantReadsButCannotPlanRunOrArrangeAGathering() {
        TestNetwork network = fixtures.network();
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Emil Strand", null);
        long gathering = fixtures.gathering(network, "Workshop", now().plus(Duration.ofDays(3)), Duration.ofHours(2));
        BoardSummary board = fixtures.as(network.coordinator(), () -> gatherings.addBoard(gathering,
                BoardKind.IDEA_BOARD, "Ideas for the network", null, false, IDEAS));
        Instant start = now().plus(Duration.ofDays(5));

        fixtures.as(participant, () -> {
            assertThat(gatherings.detail(gathering).title()).isEqualTo("Workshop");
            assertThat(gatherings.agenda(gathering)).extracting(BoardSummary::title)
                    .containsExactly("Ideas for the network");
            denied(() -> gatherings.plan(network.id(), form("Mine", start, start.plus(Duration.ofHours(1)))));
            denied(() -> gatherings.update(gathering, form("Mine", start, start.plus(Duration.ofHours(1)))));
            denied(() -> gatherings.start(gathering));
            denied(() -> gatherings.close(gathering));
            denied(() -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Mine", null, false, IDEAS));
            denied(() -> gatherings.renameBoard(board.id(), "Mine", null, true));
            denied(() -> gatherings.moveBoard(board.id(), 0));
            denied(() -> gatherings.removeBoard(board.id()));

            GatheringDetail unchanged = gatherings.detail(gathering);
            assertThat(unchanged.title()).isEqualTo("Workshop");
            assertThat(unchanged.status()).isEqualTo(GatheringStatus.PLANNED);
            assertThat(gatherings.agenda(gathering)).extracting(BoardSummary::title)
                    .containsExactly("Ideas for the network");
            assertThat(gatherings.list(network.id()).upcoming()).hasSize(1);
        });
    }

    @Test
    void aMemberOfAnotherNetworkFindsNothingOfItsGatherings() {
        TestNetwork a = fixtures.network();
        TestNetwork b = fixtures.network();
        long gathering = fixtures.gathering(a, "A's gathering", now().plus(Duration.ofDays(3)), Duration.ofHours(2));
        BoardSummary board = fixtures.as(a.coordinator(), () -> gatherings.addBoard(gathering,
                BoardKind.IDEA_BOARD, "A's board", null, false, IDEAS));
        String participantOfB = fixtures.member(b, NetworkRole.PARTICIPANT, "Per Lund", null);
        Instant start = now().plus(Duration.ofDays(5));

        // Even B's coordinator, who runs gatherings in B, learns nothing about A's.
        for (String outsider : List.of(participantOfB, b.coordinator())) {
            fixtures.as(outsider, () -> {
                notFound(() -> gatherings.detail(gathering));
                notFound(() -> gatherings.list(a.id()));
                notFound(() -> gatherings.agenda(gathering));
                notFound(() -> gatherings.plan(a.id(), form("Mine", start, start.plus(Duration.ofHours(1)))));
                notFound(() -> gatherings.update(gathering, form("Mine", start, start.plus(Duration.ofHours(1)))));
                notFound(() -> gatherings.start(gathering));
                notFound(() -> gatherings.close(gathering));
                notFound(() -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Mine", null, false, IDEAS));
                notFound(() -> gatherings.renameBoard(board.id(), "Mine", null, false));
                notFound(() -> gatherings.moveBoard(board.id(), 0));
                notFound(() -> gatherings.removeBoard(board.id()));
                // The same answer as for a gathering that does not exist.
                notFound(() -> gatherings.detail(Long.MAX_VALUE));
            });
        }
        fixtures.as(a.coordinator(), () -> {
            assertThat(gatherings.detail(gathering).title()).isEqualTo("A's gathering");
            assertThat(gatherings.agenda(gathering)).extracting(BoardSummary::title).containsExactly("A's board");
        });
    }

    @Test
    void invalidInputIsRefusedWithTheRightMessageAndNothingIsStored() {
        TestNetwork network = fixtures.network();
        Instant start = now().plus(Duration.ofDays(10));
        Instant end = start.plus(Duration.ofHours(5));

        fixtures.as(network.coordinator(), () -> {
            assertThat(refused(() -> gatherings.plan(network.id(), form("  ", start, end)), "validation.required")
                    .messageArguments()).containsExactly(new TranslatedArgument("field.title"));
            refused(() -> gatherings.plan(network.id(), form(null, start, end)), "validation.required");
            assertThat(refused(() -> gatherings.plan(network.id(), form("T".repeat(121), start, end)),
                    "validation.too-long").messageArguments())
                    .containsExactly(new TranslatedArgument("field.title"), 120);
            refused(() -> gatherings.plan(network.id(), form("<b>Insight</b> gathering", start, end)),
                    "validation.no-markup");
            refused(() -> gatherings.plan(network.id(), new GatheringForm("No kind", null, start, end, null, null,
                    null, Set.of())), "validation.required");
            assertThat(refused(() -> gatherings.plan(network.id(), form("No start", null, end)),
                    "validation.required").messageArguments())
                    .containsExactly(new TranslatedArgument("field.starts-at"));
            refused(() -> gatherings.plan(network.id(), form("Backwards", end, start)),
                    "gathering.ends-before-start");
            refused(() -> gatherings.plan(network.id(), form("No time at all", start, start)),
                    "gathering.ends-before-start");
            refused(() -> gatherings.plan(network.id(), withPlace("P".repeat(201), start, end)),
                    "validation.too-long");
            for (String badLink : List.of("javascript:alert(1)", "meet.example.org/hr", "ftp://files.example.org",
                    "https://", "https://meet example.org", "mailto:kari@example.org")) {
                assertThat(refused(() -> gatherings.plan(network.id(), withLink(badLink, start, end)),
                        "validation.web-link").messageArguments()).as(badLink)
                        .containsExactly(new TranslatedArgument("field.online-link"));
            }
            refused(() -> gatherings.plan(network.id(),
                    withLink("https://meet.example.org/" + "x".repeat(476), start, end)), "validation.too-long");
            assertThat(refused(() -> gatherings.plan(network.id(), withPurpose("P".repeat(2001), start, end)),
                    "validation.too-long").messageArguments())
                    .containsExactly(new TranslatedArgument("field.purpose"), 2000);
            refused(() -> gatherings.plan(network.id(), withPurpose("Why <script>alert(1)</script>", start, end)),
                    "validation.no-markup");

            assertThat(gatherings.list(network.id()).isEmpty()).isTrue();
            assertThat(events.stream(GatheringPlanned.class)).isEmpty();

            // At the limits everything is accepted: a purpose of 2000 characters over several lines, a long link.
            String purpose = "Line one\n" + "p".repeat(1991);
            String link = "http://meet.example.org/" + "x".repeat(476);
            GatheringSummary planned = gatherings.plan(network.id(), new GatheringForm("T".repeat(120),
                    GatheringKind.OTHER, start, end, "P".repeat(200), link, purpose, Set.of()));
            assertThat(gatherings.detail(planned.id()).purpose()).isEqualTo(purpose);
            assertThat(gatherings.detail(planned.id()).onlineLink()).isEqualTo(link);

            // A refused change leaves the gathering as it was.
            refused(() -> gatherings.update(planned.id(), form("Backwards", end, start)),
                    "gathering.ends-before-start");
            refused(() -> gatherings.update(planned.id(), withLink("javascript:alert(1)", start, end)),
                    "validation.web-link");
            GatheringDetail unchanged = gatherings.detail(planned.id());
            assertThat(unchanged.title()).isEqualTo("T".repeat(120));
            assertThat(unchanged.startsAt()).isEqualTo(start);
            assertThat(unchanged.onlineLink()).isEqualTo(link);
        });
    }

    @Test
    void facilitatorsMustBeFacilitatorsOrCoordinatorsOfTheNetwork() {
        TestNetwork network = fixtures.network();
        TestNetwork other = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Nora Dahl", null);
        String elsewhere = fixtures.member(other, NetworkRole.FACILITATOR, "Hanne Øye", null);
        Instant start = now().plus(Duration.ofDays(4));
        Instant end = start.plus(Duration.ofHours(2));

        fixtures.as(facilitator, () -> {
            for (String refusedFacilitator : List.of(participant, elsewhere, other.coordinator())) {
                refused(() -> gatherings.plan(network.id(), withFacilitators(start, end,
                        memberId(facilitator), memberId(refusedFacilitator))), "gathering.facilitator-not-allowed");
            }
            refused(() -> gatherings.plan(network.id(), withFacilitators(start, end, Long.MAX_VALUE)),
                    "gathering.facilitator-not-allowed");
            assertThat(gatherings.list(network.id()).isEmpty()).isTrue();

            GatheringSummary planned = gatherings.plan(network.id(),
                    withFacilitators(start, end, memberId(facilitator), memberId(network.coordinator())));
            refused(() -> gatherings.update(planned.id(), withFacilitators(start, end, memberId(participant))),
                    "gathering.facilitator-not-allowed");
            assertThat(gatherings.detail(planned.id()).facilitators()).extracting(Facilitator::displayName)
                    .containsExactlyInAnyOrder("Ola Haugen", "Coordinator");
        });
    }

    @Test
    void startingAndClosingChangeTheStatusAndAreAnnounced() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        long gathering = fixtures.gathering(network, "Pilot gathering", now(), Duration.ofHours(3));

        fixtures.as(facilitator, () -> {
            refused(() -> gatherings.close(gathering), "gathering.not-live");
            assertThat(gatherings.start(gathering).status()).isEqualTo(GatheringStatus.LIVE);
            assertThat(gatherings.detail(gathering).status()).isEqualTo(GatheringStatus.LIVE);
            refused(() -> gatherings.start(gathering), "gathering.already-live");
            assertThat(gatherings.close(gathering).status()).isEqualTo(GatheringStatus.CLOSED);
            assertThat(gatherings.detail(gathering).status()).isEqualTo(GatheringStatus.CLOSED);
            refused(() -> gatherings.close(gathering), "gathering.not-live");
            // Closed by mistake: it can be reopened.
            assertThat(gatherings.start(gathering).status()).isEqualTo(GatheringStatus.LIVE);
        });
        long id = memberId(facilitator);
        assertThat(events.stream(GatheringStarted.class)).containsExactly(
                new GatheringStarted(gathering, network.id(), id), new GatheringStarted(gathering, network.id(), id));
        assertThat(events.stream(GatheringClosed.class))
                .containsExactly(new GatheringClosed(gathering, network.id(), id));
    }

    @Test
    void theAgendaIsArrangedAndItsOrderIsKept() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long gathering = fixtures.gathering(network, "Workshop", now().plus(Duration.ofDays(2)), Duration.ofHours(3));
        long otherGathering = fixtures.gathering(network, "Another", now().plus(Duration.ofDays(9)),
                Duration.ofHours(3));

        fixtures.as(facilitator, () -> {
            assertThat(gatherings.agenda(gathering)).isEmpty();
            BoardSummary content = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Content",
                    "What should we learn about?", true, List.of("Content", "Ways of working", "Organisation"));
            BoardSummary methods = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Methods", null, false,
                    IDEAS);
            BoardSummary wishes = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Wishes", null, false, IDEAS);
            BoardSummary elsewhere = gatherings.addBoard(otherGathering, BoardKind.IDEA_BOARD, "Elsewhere", null,
                    false, IDEAS);
            assertThat(content.gatheringId()).isEqualTo(gathering);
            assertThat(content.networkId()).isEqualTo(network.id());
            assertThat(content.allowAnonymous()).isTrue();
            assertThat(titles(gathering)).containsExactly("Content", "Methods", "Wishes");

            gatherings.renameBoard(methods.id(), "Ways of working", "One idea per note", true);
            gatherings.moveBoard(wishes.id(), 0);
            assertThat(titles(gathering)).containsExactly("Wishes", "Content", "Ways of working");
            gatherings.moveBoard(content.id(), 2);
            assertThat(titles(gathering)).containsExactly("Wishes", "Ways of working", "Content");
            assertThat(gatherings.agenda(gathering)).extracting(BoardSummary::position).containsExactly(0, 1, 2);
            BoardSummary renamed = gatherings.agenda(gathering).get(1);
            assertThat(renamed.instructions()).isEqualTo("One idea per note");
            assertThat(renamed.allowAnonymous()).isTrue();

            refused(() -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, " ", null, false, IDEAS),
                    "validation.required");
            refused(() -> gatherings.renameBoard(wishes.id(), "<i>Wishes</i>", null, false), "validation.no-markup");

            gatherings.removeBoard(wishes.id());
            assertThat(titles(gathering)).containsExactly("Ways of working", "Content");
            assertThat(gatherings.agenda(gathering)).extracting(BoardSummary::position).containsExactly(0, 1);
            notFound(() -> gatherings.moveBoard(wishes.id(), 0));
            assertThat(titles(otherGathering)).containsExactly("Elsewhere");
            assertThat(elsewhere.position()).isZero();
        });
        // Another member, in another transaction, sees the same order.
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Sofie Åsheim", null);
        assertThat(fixtures.as(participant, () -> titles(gathering))).containsExactly("Ways of working", "Content");
    }

    private List<String> titles(long gatheringId) {
        return gatherings.agenda(gatheringId).stream().map(BoardSummary::title).toList();
    }

    private static GatheringForm withPlace(String place, Instant start, Instant end) {
        return new GatheringForm("Workshop", GatheringKind.WORKSHOP, start, end, place, null, null, Set.of());
    }

    private static GatheringForm withLink(String link, Instant start, Instant end) {
        return new GatheringForm("Workshop", GatheringKind.WORKSHOP, start, end, null, link, null, Set.of());
    }

    private static GatheringForm withPurpose(String purpose, Instant start, Instant end) {
        return new GatheringForm("Workshop", GatheringKind.WORKSHOP, start, end, null, null, purpose, Set.of());
    }

    private static GatheringForm withFacilitators(Instant start, Instant end, Long... ids) {
        return new GatheringForm("Workshop", GatheringKind.WORKSHOP, start, end, null, null, null, Set.of(ids));
    }

    private static void denied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(PermissionDeniedException.class);
    }

    private static void notFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ItemNotFoundException.class);
    }
}
