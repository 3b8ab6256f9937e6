package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.FacilitationService;
import org.samskab.board.GroupRole;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteMirror;
import org.samskab.board.NoteService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** The Theory U canvas and the case clinic on the board screen, browserless. */
class CanvasViewTest extends BoardUiTest {

    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    FacilitationService facilitationService;
    @Autowired
    NoteService noteService;
    @Autowired
    MemberService members;

    private long board(TestNetwork network, BoardKind kind) {
        return fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null, kind, "Our U",
                null, false, List.of()).id());
    }

    private List<SectionState> stages(String who, long boardId) {
        return fixtures.as(who, () -> boardReader.open(boardId)).sections();
    }

    private static SectionColumn column(String title) {
        return _find(SectionColumn.class).stream().filter(c -> SectionTexts.title(c, c.section()).equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + title));
    }

    private static NoteCard card(String text) {
        return BoardViewTest.cards().stream().filter(c -> c.note().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theCanvasShowsTheFiveStagesWithGuidanceAndHighlightsTheCurrentOne() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long boardId = board(network, BoardKind.THEORY_U_CANVAS);
        long sensing = stages(pia, boardId).get(1).id();
        fixtures.as(facilitator, () -> facilitationService.setFocus(boardId, sensing));

        signInAndOpenUi(pia);
        UI.getCurrent().navigate("boards/" + boardId);

        assertThat(_find(SectionColumn.class)).extracting(c -> SectionTexts.title(c, c.section())).containsExactly(
                "Co-initiating", "Co-sensing", "Presencing", "Co-creating: crystallising and prototyping",
                "Co-evolving");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("board-canvas"))
                .getClassNames()).contains("theory-u-canvas");
        assertThat(column("Co-initiating").guidance.getText()).startsWith("What calls us to this work?");
        assertThat(column("Co-sensing").guidance.getText()).contains("fresh eyes");
        assertThat(column("Co-sensing").getClassNames()).contains("focused");
        assertThat(column("Co-sensing").getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(column("Presencing").getClassNames()).doesNotContain("focused");
        assertThat(column("Presencing").getElement().getAttribute("aria-current")).isNull();
        assertThat(shownText(_get(BoardView.class))).contains("Current stage: Co-sensing");
        // A participant has no control over the stage or its guidance, and adds no stages.
        assertThat(_find(Button.class, spec -> spec.withClasses("set-current-stage"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("edit-guidance"))).isEmpty();
        assertThat(_get(BoardView.class).addSection.isVisible()).isFalse();
    }

    @Test
    void aFacilitatorMarksTheCurrentStageAndEditsGuidance() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        long boardId = board(network, BoardKind.THEORY_U_CANVAS);

        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(_find(Button.class, spec -> spec.withClasses("set-current-stage"))).hasSize(5);
        _click(_get(column("Presencing"), Button.class, spec -> spec.withClasses("set-current-stage")));

        assertThat(column("Presencing").getClassNames()).contains("focused");
        assertThat(column("Presencing").focusBadge.getText()).isEqualTo("Current stage");
        assertThat(_find(column("Presencing"), Button.class, spec -> spec.withClasses("set-current-stage")))
                .isEmpty();
        long presencing = stages(facilitator, boardId).get(2).id();
        assertThat(fixtures.as(facilitator, () -> boardReader.open(boardId)).board().focusSectionId())
                .isEqualTo(presencing);

        _click(_get(column("Co-sensing"), Button.class, spec -> spec.withClasses("edit-guidance")));
        GuidanceDialog dialog = _get(GuidanceDialog.class);
        assertThat(limitsUnder(dialog)).containsExactly(entry("Guiding questions or instruction", 1000));
        assertThat(dialog.guidance.getPlaceholder()).contains("fresh eyes");
        _setValue(dialog.guidance, "Whom did you visit?");
        _click(dialog.save);
        assertThat(column("Co-sensing").guidance.getText()).isEqualTo("Whom did you visit?");
        assertThat(stages(facilitator, boardId).get(1).guidance()).isEqualTo("Whom did you visit?");
    }

    @Test
    void aMemberLinksANoteToALaterOneThroughTheDialogAndBothShowTheLink() {
        TestNetwork network = fixtures.network();
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long boardId = board(network, BoardKind.THEORY_U_CANVAS);
        List<SectionState> stages = stages(pia, boardId);
        fixtures.as(pia, () -> noteService.addNote(boardId, stages.get(1).id(), "Newcomers leave early",
                NoteColour.YELLOW, false));
        NoteState prototype = fixtures.as(pia, () -> noteService.addNote(boardId, stages.get(3).id(),
                "Buddy pairs", NoteColour.GREEN, false));

        signInAndOpenUi(pia);
        UI.getCurrent().navigate("boards/" + boardId);
        NoteCard observation = card("Newcomers leave early");
        BoardViewTest.press(observation, NoteCard.ACTIONS);
        _click(_get(Button.class, spec -> spec.withClasses("note-action").withText("Link to a later note…")));
        LinkNoteDialog dialog = _get(LinkNoteDialog.class);
        assertThat(dialog.target.getListDataView().getItems().map(NoteState::text)).containsExactly("Buddy pairs");
        _setValue(dialog.target, dialog.target.getListDataView().getItems().findFirst().orElseThrow());
        _click(dialog.link);

        assertThat(BoardViewTest.button(card("Newcomers leave early"), NoteCard.GO_TO).text())
                .isEqualTo("→ leads to: Buddy pairs");
        assertThat(BoardViewTest.button(card("Buddy pairs"), NoteCard.GO_TO).text())
                .isEqualTo("← from: Newcomers leave early");
        // A chip takes the reader (and keyboard focus) to the other note.
        BoardViewTest.press(card("Newcomers leave early"), NoteCard.GO_TO, prototype.id());
        // What the click reaches, without Karibu's round trip taking the scripts it queues.
        card("Newcomers leave early").act(NoteCard.GO_TO, Long.toString(prototype.id()));
        assertThat(sentScripts()).anySatisfy(script -> assertThat(script).contains("samskabBoard.goTo")
                .contains("[" + prototype.id() + ", "));
        assertThat(fixtures.as(pia, () -> boardReader.open(boardId)).notes().stream()
                .filter(n -> n.text().equals("Newcomers leave early")).findFirst().orElseThrow().linksTo())
                .containsExactly(prototype.id());

        // The last stage's notes lead nowhere later.
        BoardViewTest.press(card("Buddy pairs"), NoteCard.ACTIONS);
        assertThat(_find(Button.class, spec -> spec.withClasses("note-action")))
                .extracting(Button::getText).contains("Link to a later note…");
    }

    @Test
    void theCaseClinicShowsTheStepInstructionTimerAndRoles() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String kim = fixtures.member(network, NetworkRole.PARTICIPANT, "Kim Casegiver", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Coach", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Coach", null);
        String liv = fixtures.member(network, NetworkRole.PARTICIPANT, "Liv Coach", null);
        String outsider = fixtures.member(network, NetworkRole.PARTICIPANT, "Olav Outside", null);
        long boardId = board(network, BoardKind.CASE_CLINIC);
        Map<Long, GroupRole> group = new LinkedHashMap<>();
        group.put(members.findByEmail(kim).orElseThrow().id(), GroupRole.CASE_GIVER);
        for (String coach : List.of(pia, per, liv)) {
            group.put(members.findByEmail(coach).orElseThrow().id(), GroupRole.COACH);
        }
        fixtures.as(facilitator, () -> facilitationService.setGroup(boardId, group));
        List<SectionState> steps = stages(kim, boardId);
        fixtures.as(kim, () -> noteService.addNote(boardId, steps.get(0).id(), "Keep newcomers", NoteColour.YELLOW,
                false));
        fixtures.as(pia, () -> noteService.addNote(boardId, steps.get(3).id(), "A door opening outwards",
                NoteColour.BLUE, false, NoteMirror.SEE));

        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("boards/" + boardId);
        CaseClinicLayout layout = clinic();
        assertThat(layout.stepTitle.getText()).isEqualTo("The case clinic has not started yet.");
        assertThat(_find(StepTimer.class)).as("no countdown yet").noneMatch(Shown::is);
        _click(_get(layout.controls, Button.class, spec -> spec.withClasses("next-step")));
        assertThat(layout.stepTitle.getText()).isEqualTo("Step 1 of 6: Case giver’s intention statement");
        assertThat(layout.instruction.getText()).startsWith("The case giver describes the case");
        assertThat(_get(BoardTimer.class).clock.status()).isEqualTo("running");
        assertThat(Long.parseLong(_get(BoardTimer.class).clock.getElement().getAttribute("data-remaining-ms")))
                .isBetween(295_000L, 300_000L);
        assertThat(column("Case giver’s intention statement").getClassNames()).contains("focused");
        _click(_get(_get(BoardTimer.class), Button.class, spec -> spec.withClasses("pause-timer")));
        assertThat(_get(BoardTimer.class).clock.status()).isEqualTo("paused");
        _click(_get(_get(BoardTimer.class), Button.class, spec -> spec.withClasses("extend-timer")));
        assertThat(Integer.parseInt(_get(BoardTimer.class).clock.getElement().getAttribute("data-paused-seconds")))
                .isGreaterThan(350);
        assertThat(shownText(layout.group)).contains("Kim Casegiver", "Case giver", "Pia Coach", "Coach");
        assertThat(shownText(card("Keep newcomers"))).contains("Case giver");
        assertThat(shownText(card("A door opening outwards"))).contains("I see …", "Coach");
        assertThat(column("Mirroring").composer().mirror.isVisible()).isTrue();
        assertThat(column("Clarifying questions").composer().mirror.isVisible()).isFalse();
        closeUi();

        // Someone outside the group reads along but does not write, and has no step controls.
        signInAndOpenUi(outsider);
        UI.getCurrent().navigate("boards/" + boardId);
        layout = clinic();
        assertThat(layout.stepTitle.getText()).isEqualTo("Step 1 of 6: Case giver’s intention statement");
        assertThat(_get(BoardTimer.class).clock.status()).isEqualTo("paused");
        assertThat(_find(layout.controls, Button.class)).isEmpty();
        assertThat(shownText(layout.group)).contains("Only the group writes on this board.");
        assertThat(column("Mirroring").openComposer.isVisible()).isFalse();
    }

    private static CaseClinicLayout clinic() {
        return (CaseClinicLayout) _get(BoardView.class).kindLayout();
    }
}
