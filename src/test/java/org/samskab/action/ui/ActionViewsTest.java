package org.samskab.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.KaribuTest;
import org.samskab.action.ActionService;
import org.samskab.action.ActionStatus;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

class ActionViewsTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    ActionService actions;
    @Autowired
    Clock clock;

    @Test
    void aMemberMakesAnActionOfAHarvestedNoteAndSaysHowItWentOnMyActions() {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long board = fixtures.as(mette, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, false, List.of("Ideas")).id();
        });
        long section = fixtures.as(ingrid, () -> boardReader.open(board)).sections().getFirst().id();
        NoteState note = fixtures.as(ingrid, () -> noteService.addNote(board, section, "Mentoring pairs", null,
                false));
        fixtures.as(mette, () -> gatherings.close(gathering));

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("gatherings/" + gathering + "/harvest");
        Anchor make = _get(Anchor.class, spec -> spec.withClasses("harvest-make-action"));
        assertThat(make.getHref()).isEqualTo("actions/new?note=" + note.id());
        UI.getCurrent().navigate("actions/new", com.vaadin.flow.router.QueryParameters.of("note",
                Long.toString(note.id())));
        RecordActionForm form = _get(RecordActionForm.class);
        assertThat(form.text.getValue()).as("the member's own words, not the post's").isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses(
                "action-source-quote")).getText()).isEqualTo("Mentoring pairs");
        assertThat(form.owner.getValue().displayName()).isEqualTo("Ingrid Bakke");
        _setValue(form.text, "Start mentoring pairs in my unit");
        _setValue(form.due, LocalDate.now(clock).plusWeeks(3));
        _click(form.save);

        MyActionsView mine = _get(MyActionsView.class);
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("Open (1)");
        ActionItemView item = _get(ActionItemView.class);
        assertThat(item.getElement().getTextRecursively()).contains("Start mentoring pairs in my unit",
                "Insight gathering", "From the note: Mentoring pairs");
        _setValue(item.status, ActionStatus.DONE);
        _setValue(item.outcome, "Three pairs started");
        _click(item.save);
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("Concluded (1)");
        assertThat(fixtures.as(ingrid, () -> actions.mine())).extracting(ActionView::status)
                .containsExactly(ActionStatus.DONE);
        assertThat(mine.getPageTitle()).isEqualTo("My actions");
    }

    @Test
    void aFacilitatorPutsTheNetworksOpenActionsOnAWallAtTheNextGathering() {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        fixtures.as(ingrid, () -> actions.record(network.id(), null, null, "Ask the quiet ones first", null, null));
        long pilot = fixtures.gathering(network, "Pilot gathering", Instant.now(clock).plus(Duration.ofDays(7)),
                Duration.ofHours(3));

        signInAndOpenUi(mette);
        UI.getCurrent().navigate("networks/" + network.id());
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(2);
        ActionsPanel panel = _get(ActionsPanel.class);
        assertThat(panel.getElement().getTextRecursively()).contains("Ask the quiet ones first", "Ingrid Bakke");
        assertThat(panel.followUpAt.getValue().id()).isEqualTo(pilot);
        _click(panel.followUp);
        Anchor wall = _get(Anchor.class, spec -> spec.withClasses("follow-up-wall-link"));
        long wallId = Long.parseLong(wall.getHref().substring("boards/".length()));
        assertThat(fixtures.as(ingrid, () -> boardReader.open(wallId)).sections().getFirst().title())
                .isEqualTo("Ingrid Bakke: Ask the quiet ones first");
    }
}
