package org.samskab.gathering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.internal.StateNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringStatus;
import org.samskab.gathering.GatheringViews.Facilitator;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class GatheringViewsTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    Clock clock;
    @Autowired
    MemberService members;
    @Autowired
    org.samskab.board.BoardService boards;
    @Autowired
    org.samskab.board.BoardReader boardReader;

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void theGatheringsTabComesFirstAndListsUpcomingAndPastGatherings() {
        TestNetwork network = fixtures.network();
        long past = fixtures.gathering(network, "Insight gathering", now().minus(Duration.ofDays(40)),
                Duration.ofHours(5));
        long later = fixtures.gathering(network, "Pilot gathering 2", now().plus(Duration.ofDays(60)),
                Duration.ofHours(5));
        long soon = fixtures.gathering(network, "Pilot gathering 1", now().plus(Duration.ofDays(20)),
                Duration.ofHours(5));
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);

        signInAndOpenUi(participant);
        UI.getCurrent().navigate("networks/" + network.id());

        TabSheet tabs = _get(TabSheet.class);
        assertThat(tabs.getSelectedIndex()).isZero();
        assertThat(tabs.getTabAt(0).getLabel()).isEqualTo("Gatherings");
        assertThat(tabs.getTabAt(1).getLabel()).isEqualTo("Memory");
        assertThat(tabs.getTabAt(2).getLabel()).isEqualTo("Actions");
        assertThat(tabs.getTabAt(3).getLabel()).isEqualTo("Members");
        GatheringsPanel panel = _get(GatheringsPanel.class);
        assertThat(items("upcoming-gatherings")).hasSize(2);
        assertThat(items("upcoming-gatherings").get(0)).contains("Pilot gathering 1").contains("Workshop")
                .contains("Sarpsborg rådhus").contains("Planned");
        assertThat(items("upcoming-gatherings").get(1)).contains("Pilot gathering 2");
        assertThat(items("past-gatherings")).singleElement().asString().contains("Insight gathering");
        assertThat(_find(panel, Anchor.class).stream().map(Anchor::getHref).toList())
                .containsExactly("gatherings/" + soon, "gatherings/" + later, "gatherings/" + past);
        // Participants plan nothing.
        assertThat(panel.plan).isNull();
        assertThat(_find(panel, Button.class)).isEmpty();
    }

    @Test
    void aLiveGatheringIsListedUnderNowAndAClosedOneUnderPastWhateverItsDate() {
        TestNetwork network = fixtures.network();
        long past = fixtures.gathering(network, "Insight gathering", now().minus(Duration.ofDays(40)),
                Duration.ofHours(5));
        long planned = fixtures.gathering(network, "Pilot gathering 2", now().plus(Duration.ofDays(60)),
                Duration.ofHours(5));
        // Started early (the facilitator opened the day before its planned time) and closed before it: done.
        long closedEarly = fixtures.gathering(network, "Pilot gathering 1", now().plus(Duration.ofDays(20)),
                Duration.ofHours(5));
        long live = fixtures.gathering(network, "Learning café", now().plus(Duration.ofHours(2)),
                Duration.ofHours(3));
        fixtures.as(network.coordinator(), () -> {
            gatherings.start(closedEarly);
            gatherings.close(closedEarly);
            gatherings.start(live);
        });

        signInAndOpenUi(network.coordinator());
        UI.getCurrent().navigate("networks/" + network.id());

        assertThat(_find(_get(GatheringsPanel.class), H2.class).stream().map(H2::getText).toList())
                .containsExactly("Now", "Upcoming", "Past");
        assertThat(items("live-gatherings")).singleElement().asString().contains("Learning café").contains("Live");
        assertThat(items("upcoming-gatherings")).singleElement().asString().contains("Pilot gathering 2");
        assertThat(_find(_get(GatheringsPanel.class), Anchor.class).stream().map(Anchor::getHref).toList())
                .containsExactly("gatherings/" + live, "gatherings/" + planned, "gatherings/" + closedEarly,
                        "gatherings/" + past);
    }

    @Test
    void aNetworkWithoutGatheringsSaysSo() {
        TestNetwork network = fixtures.network();
        signInAndOpenUi(network.coordinator());
        UI.getCurrent().navigate("networks/" + network.id());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("gatherings-empty")).getText())
                .isEqualTo("No gatherings yet.");
        assertThat(_get(GatheringsPanel.class).plan.isVisible()).isTrue();
    }

    @Test
    void aFacilitatorPlansAGatheringThroughTheDialog() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        fixtures.member(network, NetworkRole.PARTICIPANT, "Jonas Lie", null);

        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("networks/" + network.id());
        _click(_get(GatheringsPanel.class).plan);
        GatheringDialog dialog = _get(GatheringDialog.class);
        assertThat(limitsUnder(dialog)).containsExactly(entry("Title", 120), entry("Place", 200),
                entry("Online link", 500), entry("Purpose", 2000));

        // Only the network's facilitators and coordinators can be chosen, and the planner is chosen already.
        assertThat(dialog.facilitators.getListDataView().getItems().map(MemberEntry::displayName).toList())
                .containsExactly("Coordinator", "Mette Sørensen");
        assertThat(dialog.facilitators.getValue()).extracting(MemberEntry::displayName)
                .containsExactly("Mette Sørensen");

        // The service's refusals are shown at the field they concern.
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Title is required.");
        assertThat(dialog.isOpened()).isTrue();

        LocalDate day = LocalDate.now(ZoneId.systemDefault()).plusDays(14);
        _setValue(dialog.title, "Pilot gathering 1");
        _setValue(dialog.kind, GatheringKind.PILOT_GATHERING);
        _setValue(dialog.startsAt, day.atTime(10, 0));
        _setValue(dialog.endsAt, day.atTime(9, 0));
        _setValue(dialog.onlineLink, "javascript:alert(1)");
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.endsAt.isInvalid()).isTrue();
        assertThat(dialog.endsAt.getErrorMessage()).isEqualTo("The end must be after the start.");

        _setValue(dialog.endsAt, day.atTime(15, 30));
        _click(dialog.save);
        assertThat(dialog.onlineLink.isInvalid()).isTrue();
        assertThat(dialog.onlineLink.getErrorMessage())
                .isEqualTo("Online link must be a web address that starts with https:// or http://");
        assertThat(gatherings.list(network.id()).isEmpty()).isTrue();

        _setValue(dialog.onlineLink, "https://meet.example.org/pilot-1");
        _setValue(dialog.place, "Fredrikstad bibliotek");
        _setValue(dialog.purpose, "Try out the first ideas.\nBring a colleague.");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(items("upcoming-gatherings")).singleElement().asString().contains("Pilot gathering 1")
                .contains("Pilot gathering").contains("Fredrikstad bibliotek");
        GatheringSummary planned = gatherings.list(network.id()).upcoming().getFirst();
        GatheringDetail detail = gatherings.detail(planned.id());
        assertThat(detail.kind()).isEqualTo(GatheringKind.PILOT_GATHERING);
        assertThat(detail.startsAt()).isEqualTo(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(detail.endsAt()).isEqualTo(day.atTime(15, 30).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(detail.onlineLink()).isEqualTo("https://meet.example.org/pilot-1");
        assertThat(detail.purpose()).isEqualTo("Try out the first ideas.\nBring a colleague.");
        assertThat(detail.facilitators()).extracting(Facilitator::displayName).containsExactly("Mette Sørensen");
    }

    @Test
    void movingTheStartMovesTheEndAlong() {
        TestNetwork network = fixtures.network();
        signInAndOpenUi(network.coordinator());
        UI.getCurrent().navigate("networks/" + network.id());
        _click(_get(GatheringsPanel.class).plan);
        GatheringDialog dialog = _get(GatheringDialog.class);
        LocalDateTime start = dialog.startsAt.getValue();
        assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dialog.endsAt.getValue()).isEqualTo(start.withHour(15));

        _setValue(dialog.startsAt, start.plusDays(2).withHour(12));
        assertThat(dialog.endsAt.getValue()).isEqualTo(start.plusDays(2).withHour(18));
    }

    @Test
    void aFacilitatorAddsAnAnonymousReflectionWallWithItsDefaultPrompts() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long gathering = fixtures.gathering(network, "Pilot gathering 1", now().plus(Duration.ofDays(3)),
                Duration.ofHours(4));
        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("gatherings/" + gathering);

        _click(_get(Button.class, spec -> spec.withClasses("add-board")));
        BoardDialog dialog = _get(BoardDialog.class);
        assertThat(limitsUnder(dialog)).containsExactly(entry("Title", 120), entry("Instructions", 1000));
        // An idea board lets each note choose anonymity; a wall chooses it for every post.
        assertThat(dialog.allowAnonymous.isVisible()).isTrue();
        assertThat(dialog.postsAnonymous.isVisible()).isFalse();
        _setValue(dialog.kind, BoardKind.REFLECTION_WALL);
        assertThat(dialog.allowAnonymous.isVisible()).isFalse();
        assertThat(dialog.postsAnonymous.isVisible()).isTrue();
        _setValue(dialog.title, "Looking back");
        _setValue(dialog.postsAnonymous, true);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        BoardSummary wall = gatherings.agenda(gathering).getFirst();
        assertThat(wall.kind()).isEqualTo(BoardKind.REFLECTION_WALL);
        assertThat(wall.postsAnonymous()).isTrue();
        assertThat(wall.allowAnonymous()).isFalse();
        assertThat(_get(ListItem.class, spec -> spec.withClasses("agenda-item")).getElement().getTextRecursively())
                .contains("Reflection wall").contains("Posts are anonymous");
        assertThat(fixtures.as(facilitator, () -> boardReader.open(wall.id())).sections()).extracting(s -> s.title())
                .containsExactly("What happened?", "So what?", "Now what?");
    }

    @Test
    void aFacilitatorArrangesTheAgendaWithButtons() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long gathering = fixtures.gathering(network, "Pilot gathering 1", now().plus(Duration.ofDays(3)),
                Duration.ofHours(4));

        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("gatherings/" + gathering);

        assertThat(_get(H1.class).getText()).isEqualTo("Pilot gathering 1");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("agenda-empty")).getText())
                .isEqualTo("Nothing on the agenda yet.");
        addBoard("What should our network give us?", "One idea per note.", true);
        addBoard("Ways of working", "", false);
        addBoard("Next steps", "", false);
        assertThat(agendaTitles()).containsExactly("What should our network give us?", "Ways of working",
                "Next steps");
        List<BoardSummary> agenda = gatherings.agenda(gathering);
        assertThat(agenda.getFirst().kind()).isEqualTo(BoardKind.IDEA_BOARD);
        assertThat(agenda.getFirst().instructions()).isEqualTo("One idea per note.");
        assertThat(agenda.getFirst().allowAnonymous()).isTrue();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("agenda-title")).stream().map(Anchor::getHref)
                .toList()).containsExactly(agenda.stream().map(b -> "boards/" + b.id()).toArray(String[]::new));
        assertThat(_get(ListItem.class, spec -> spec.withClasses("agenda-item")
                .withPredicate(i -> i.getElement().getTextRecursively().contains("What should")))
                .getElement().getTextRecursively()).contains("One idea per note.").contains("Idea board")
                .contains("Anonymous notes allowed");

        // The first cannot move up and the last cannot move down.
        assertThat(button("Move What should our network give us? up").isEnabled()).isFalse();
        assertThat(button("Move Next steps down").isEnabled()).isFalse();

        Component focused = clickAndSeeWhatIsFocused(button("Move Next steps up"));
        assertThat(agendaTitles()).containsExactly("What should our network give us?", "Next steps",
                "Ways of working");
        // The keyboard stays with the board that moved, so it can be moved again.
        assertThat(focused).isSameAs(button("Move Next steps up"));
        focused = clickAndSeeWhatIsFocused(button("Move Next steps up"));
        assertThat(agendaTitles()).containsExactly("Next steps", "What should our network give us?",
                "Ways of working");
        // At the top, the way up is closed; the focus goes to the way down.
        assertThat(focused).isSameAs(button("Move Next steps down"));
        _click(button("Move What should our network give us? down"));
        assertThat(agendaTitles()).containsExactly("Next steps", "Ways of working",
                "What should our network give us?");
        // The order is stored, not just shown.
        assertThat(gatherings.agenda(gathering)).extracting(BoardSummary::title).containsExactly("Next steps",
                "Ways of working", "What should our network give us?");

        _click(button("Edit Ways of working"));
        BoardDialog edit = _get(BoardDialog.class);
        assertThat(edit.title.getValue()).isEqualTo("Ways of working");
        _setValue(edit.title, "<b>How</b> we work");
        _click(edit.save);
        assertThat(edit.title.getErrorMessage()).isEqualTo("Title cannot contain HTML or other markup.");
        _setValue(edit.title, "How we work");
        _click(edit.save);
        assertThat(agendaTitles()).containsExactly("Next steps", "How we work", "What should our network give us?");

        _click(button("Remove Next steps"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Remove Next steps from the agenda?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(agendaTitles()).containsExactly("How we work", "What should our network give us?");
        assertThat(gatherings.agenda(gathering)).extracting(BoardSummary::title).containsExactly("How we work",
                "What should our network give us?");
    }

    @Test
    void theGatheringPageShowsWhenWhereWhyAndWhoAndAFacilitatorStartsAndClosesIt() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        long facilitatorId = members.findByEmail(facilitator).orElseThrow().id();
        Instant start = now().plus(Duration.ofDays(1));
        long gathering = fixtures.as(network.coordinator(), () -> gatherings.plan(network.id(),
                new GatheringForm("Insight gathering", GatheringKind.INSIGHT_GATHERING,
                        start, start.plus(Duration.ofHours(6)), "Østfold house",
                        "https://meet.example.org/insight", "What should our network give us?",
                        Set.of(facilitatorId)))
                .id());

        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("gatherings/" + gathering);
        String page = _get(GatheringView.class).getElement().getTextRecursively();
        assertThat(page).contains("Insight gathering").contains("Planned").contains("Østfold house")
                .contains("What should our network give us?").contains("Mette Sørensen")
                .contains("Back to " + network.name());
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("gathering-link"));
        assertThat(link.getHref()).isEqualTo("https://meet.example.org/insight");
        assertThat(link.getTarget()).contains("_blank");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("back-link")).getHref())
                .isEqualTo("networks/" + network.id());

        _click(_get(Button.class, spec -> spec.withClasses("start-gathering")));
        assertThat(gatherings.detail(gathering).status()).isEqualTo(GatheringStatus.LIVE);
        assertThat(_get(GatheringView.class).getElement().getTextRecursively()).contains("Live");
        _click(_get(Button.class, spec -> spec.withClasses("close-gathering")));
        assertThat(gatherings.detail(gathering).status()).isEqualTo(GatheringStatus.CLOSED);
        assertThat(_get(Button.class, spec -> spec.withClasses("start-gathering")).getText())
                .isEqualTo("Reopen gathering");
        // A closed gathering's agenda is read-only, like its boards, until it is reopened.
        assertThat(_find(Button.class, spec -> spec.withClasses("add-board")).stream().anyMatch(Button::isVisible))
                .isFalse();
        // Its boards are withheld from the network until a facilitator publishes it (docs/adr/0191).
        assertThat(_get(Span.class, spec -> spec.withClasses("gathering-withheld-badge")).getText())
                .isEqualTo("Not published");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("gathering-withheld")).getText())
                .startsWith("Not published yet: only those who took part");
        _click(_get(Button.class, spec -> spec.withClasses("publish-gathering")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Publish Insight gathering?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(gatherings.detail(gathering).publishedAt()).isNotNull();
        assertThat(_find(Span.class, spec -> spec.withClasses("gathering-withheld-badge"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("publish-gathering"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withClasses("start-gathering")));
        assertThat(_get(Button.class, spec -> spec.withClasses("add-board")).isVisible()).isTrue();
    }

    @Test
    void aParticipantSeesTheAgendaButNoEditingControls() {
        TestNetwork network = fixtures.network();
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Nora Dahl", null);
        long gathering = fixtures.gathering(network, "Workshop", now().plus(Duration.ofDays(3)), Duration.ofHours(2));
        fixtures.as(network.coordinator(), () -> {
            gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", "Write freely.", false, List.of("Ideas"));
            gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Actions", null, false, List.of("Ideas"));
        });

        signInAndOpenUi(participant);
        UI.getCurrent().navigate("gatherings/" + gathering);

        assertThat(agendaTitles()).containsExactly("Ideas", "Actions");
        assertThat(_get(GatheringView.class).getElement().getTextRecursively()).contains("Write freely.");
        assertThat(_find(_get(GatheringView.class), Button.class)).isEmpty();
    }

    @Test
    void aGatheringOfAnotherNetworkOrNoneAtAllIsNotFound() {
        TestNetwork mine = fixtures.network();
        TestNetwork other = fixtures.network();
        long theirs = fixtures.gathering(other, "Secret gathering", now().plus(Duration.ofDays(3)),
                Duration.ofHours(2));
        String participant = fixtures.member(mine, NetworkRole.PARTICIPANT, "Per Lund", null);

        signInAndOpenUi(participant);
        UI.getCurrent().navigate("gatherings/" + theirs);
        assertThat(_find(GatheringView.class)).isEmpty();
        _assertOne(NotFoundView.class);
        String page = _get(NotFoundView.class).getElement().getTextRecursively();
        assertThat(page).doesNotContain("Secret gathering");

        UI.getCurrent().navigate("gatherings/" + Long.MAX_VALUE);
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).isEqualTo(page);
        UI.getCurrent().navigate("gatherings/not-a-number");
        _assertOne(NotFoundView.class);
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> items(String listClass) {
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withClasses(listClass));
        return _find(list, ListItem.class, spec -> spec.withClasses("gathering-item")).stream()
                .map(i -> i.getElement().getTextRecursively()).toList();
    }

    private static List<String> agendaTitles() {
        return _find(Anchor.class, spec -> spec.withClasses("agenda-title")).stream().map(Anchor::getText).toList();
    }

    private static Button button(String ariaLabel) {
        return _get(Button.class, spec -> spec.withAttribute("aria-label", ariaLabel));
    }

    private static void addBoard(String title, String instructions, boolean anonymous) {
        _click(_get(Button.class, spec -> spec.withClasses("add-board")));
        BoardDialog dialog = _get(BoardDialog.class);
        _setValue(dialog.title, title);
        _setValue(dialog.instructions, instructions);
        _setValue(dialog.allowAnonymous, anonymous);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
    }

    /**
     * Clicks without the round trip {@code _click} makes (which sends queued JavaScript to nowhere), and returns
     * the button the click asked the browser to focus.
     */
    private static Component clickAndSeeWhatIsFocused(Button button) {
        assertThat(button.isEnabled()).isTrue();
        button.click();
        // What a real round trip does before it answers the browser: this queues the click's JavaScript.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<StateNode> owners = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("focus"))
                .map(i -> i.getOwner()).toList();
        assertThat(owners).isNotEmpty();
        StateNode last = owners.getLast();
        return _find(Button.class).stream().filter(b -> b.getElement().getNode() == last).findFirst()
                .orElseThrow();
    }
}
