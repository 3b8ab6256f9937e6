package org.samskab.gathering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.TemplateService;
import org.samskab.gathering.TemplateViews.TemplateSummary;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** The agenda's template buttons: applying a template, saving the agenda or a board, and who sees them. */
class TemplateViewsTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    TemplateService templates;

    private long gathering(TestNetwork network) {
        return fixtures.gathering(network, "Pilot gathering 2", Instant.now().plus(Duration.ofDays(3)),
                Duration.ofHours(4));
    }

    private static List<String> agendaTitles() {
        return _find(Anchor.class, spec -> spec.withClasses("agenda-title")).stream().map(Anchor::getText).toList();
    }

    private static List<String> listedTemplates() {
        return _find(_get(TemplateDialog.class), H3.class, spec -> spec.withClasses("template-name")).stream()
                .map(H3::getText).toList();
    }

    private static void applyTemplate(String name) {
        ListItem item = _get(ListItem.class, spec -> spec.withClasses("template-item")
                .withPredicate(i -> _get(i, H3.class).getText().equals(name)));
        Button add = _get(item, Button.class, spec -> spec.withClasses("apply-template"));
        assertThat(add.getElement().getAttribute("aria-label")).contains(name);
        _click(add);
    }

    @Test
    void aFacilitatorAddsTheBoardsOfATemplateToTheAgenda() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        long gathering = gathering(network);
        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("gatherings/" + gathering);

        _click(_get(Button.class, spec -> spec.withClasses("from-template")));
        assertThat(listedTemplates()).containsExactly("Insight gathering", "Pilot gathering", "Learning café",
                "Case clinic", "Action-learning follow-up");
        ListItem insight = _find(ListItem.class, spec -> spec.withClasses("template-item")).getFirst();
        assertThat(insight.getElement().getTextRecursively()).contains("Idea board", "What should our network give us?",
                "Reflection wall", "Theory U canvas");
        applyTemplate("Insight gathering");

        assertThat(_find(TemplateDialog.class)).isEmpty();
        assertThat(agendaTitles()).containsExactly("What should our network give us?", "Reflections on the day",
                "Our network on the U");
    }

    @Test
    void aSavedAgendaIsListedAndCanBeAppliedAgain() {
        TestNetwork network = fixtures.network();
        String coordinator = network.coordinator();
        long first = gathering(network);
        fixtures.as(coordinator, () -> gatherings.addBoard(first, BoardKind.IDEA_BOARD, "Our hopes", null, false,
                List.of("Hopes")));
        signInAndOpenUi(coordinator);
        UI.getCurrent().navigate("gatherings/" + first);

        _click(_get(Button.class, spec -> spec.withClasses("save-agenda-template")));
        SaveTemplateDialog dialog = _get(SaveTemplateDialog.class);
        assertThat(limitsUnder(dialog)).containsExactly(entry("Name", 120), entry("Description", 1000));
        _setValue(dialog.name, "<b>x</b>");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        _setValue(dialog.name, "Our hopes day");
        _setValue(dialog.description, "Start with hopes.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        long second = gathering(network);
        UI.getCurrent().navigate("gatherings/" + second);
        _click(_get(Button.class, spec -> spec.withClasses("from-template")));
        assertThat(listedTemplates()).last().isEqualTo("Our hopes day");
        applyTemplate("Our hopes day");
        assertThat(agendaTitles()).containsExactly("Our hopes");
    }

    @Test
    void aBoardOnTheAgendaIsSavedAsATemplate() {
        TestNetwork network = fixtures.network();
        String coordinator = network.coordinator();
        long gathering = gathering(network);
        fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.REFLECTION_WALL, "Check-out", null,
                false, true, List.of()));
        signInAndOpenUi(coordinator);
        UI.getCurrent().navigate("gatherings/" + gathering);

        Button save = _get(Button.class, spec -> spec.withClasses("save-board-template"));
        assertThat(save.getElement().getAttribute("aria-label")).contains("Check-out");
        _click(save);
        SaveTemplateDialog dialog = _get(SaveTemplateDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo("Check-out");
        _click(dialog.save);

        assertThat(fixtures.as(coordinator, () -> templates.templates(network.id())))
                .extracting(TemplateSummary::name).last().isEqualTo("Check-out");
    }

    @Test
    void aParticipantSeesNoTemplateButtons() {
        TestNetwork network = fixtures.network();
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Nora Dahl", null);
        long gathering = gathering(network);
        fixtures.as(network.coordinator(), () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas",
                null, false, List.of("Ideas")));
        signInAndOpenUi(participant);
        UI.getCurrent().navigate("gatherings/" + gathering);

        assertThat(agendaTitles()).containsExactly("Ideas");
        assertThat(_find(Button.class, spec -> spec.withClasses("from-template"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("save-agenda-template"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("save-board-template"))).isEmpty();
    }
}
