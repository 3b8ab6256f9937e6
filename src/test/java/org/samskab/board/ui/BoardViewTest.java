package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.board.BoardService;
import org.samskab.board.NoteColour;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.network.NetworkRole;
import org.samskab.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class BoardViewTest extends KaribuTest {

    @Autowired
    BoardService boards;

    private List<String> notesIn(String section) {
        return _find(SectionColumn.class).stream().filter(c -> c.section().title().equals(section)).findFirst()
                .orElseThrow().getChildren().flatMap(c -> c.getChildren()).filter(NoteCard.class::isInstance)
                .map(c -> ((NoteCard) c).note().text()).toList();
    }

    /** Opens the note's actions and returns their labels. */
    private static List<String> actionsOf(NoteCard card) {
        _click(card.actions);
        return _find(card, Button.class, spec -> spec.withClasses("note-action")).stream().map(Button::getText)
                .toList();
    }

    private static void chooseAction(NoteCard card, String label) {
        _click(card.actions);
        _click(_get(card, Button.class, spec -> spec.withClasses("note-action").withText(label)));
    }

    private SectionColumn column(String title) {
        return _find(SectionColumn.class).stream().filter(c -> c.section().title().equals(title)).findFirst()
                .orElseThrow();
    }

    private NoteCard card(String text) {
        return _find(NoteCard.class).stream().filter(c -> c.note().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aParticipantAddsEditsMovesAndDeletesTheirNote() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Content", "Ways of working");
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);

        SectionColumn content = column("Content");
        _setValue(content.newNote, "Case clinics between gatherings 🌱");
        _setValue(content.colour, NoteColour.GREEN);
        _click(content.add);
        assertThat(notesIn("Content")).containsExactly("Case clinics between gatherings 🌱");
        NoteCard card = card("Case clinics between gatherings 🌱");
        assertThat(card.getClassNames()).contains("note-green");

        card.startEditing();
        var editor = _get(card, com.vaadin.flow.component.textfield.TextArea.class);
        _setValue(editor, "Case clinics between every gathering");
        _click(_get(card, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")));
        assertThat(notesIn("Content")).containsExactly("Case clinics between every gathering");

        chooseAction(card("Case clinics between every gathering"), "Move to Ways of working");
        assertThat(notesIn("Content")).isEmpty();
        assertThat(notesIn("Ways of working")).containsExactly("Case clinics between every gathering");

        chooseAction(card("Case clinics between every gathering"), "Delete");
        assertThat(_find(NoteCard.class)).isEmpty();
        assertThat(fixtures.as(ingrid, () -> boards.open(boardId)).notes()).isEmpty();
    }

    @Test
    void aParticipantCannotDeleteSomeoneElsesNoteButAFacilitatorCan() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long sectionId = fixtures.as(ingrid, () -> boards.open(boardId)).sections().getFirst().id();
        fixtures.as(network.coordinator(), () -> boards.addNote(boardId, sectionId, "Coordinator note",
                NoteColour.YELLOW, false));

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(actionsOf(card("Coordinator note"))).contains("Move up", "Move down")
                .doesNotContain("Delete", "Edit");
        assertThat(shownText(_find(SectionColumn.class).getFirst())).contains("Coordinator");
        closeUi();

        signInAndOpenUi(ola);
        UI.getCurrent().navigate("boards/" + boardId);
        chooseAction(card("Coordinator note"), "Delete");
        assertThat(_find(NoteCard.class)).isEmpty();
    }

    @Test
    void aMemberOfAnotherNetworkCannotOpenTheBoardByUrl() {
        var network = fixtures.network();
        var other = fixtures.network();
        String outsider = fixtures.member(other, NetworkRole.FACILITATOR, "Outsider", null);
        long boardId = fixtures.board(network, false, "Ideas");

        signInAndOpenUi(outsider);
        UI.getCurrent().navigate("boards/" + boardId);

        assertThat(_find(BoardView.class)).isEmpty();
        _assertOne(NotFoundView.class);
    }

    @Test
    void dotVotingWithHiddenTotalsRevealsThemAtTheEnd() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long sectionId = fixtures.as(ingrid, () -> boards.open(boardId)).sections().getFirst().id();
        NoteState note = fixtures.as(ingrid, () -> boards.addNote(boardId, sectionId, "Mentoring", NoteColour.BLUE,
                false));
        fixtures.as(network.coordinator(), () -> boards.startVote(boardId, 2, false));

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(shownText(_get(BoardView.class))).contains("you have 2 of 2 dots left");
        _click(_get(card("Mentoring"), com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withClasses("place-dot")));
        _click(_get(card("Mentoring"), com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withClasses("place-dot")));
        assertThat(shownText(card("Mentoring"))).contains("Your dots: 2").doesNotContain("2 dots");
        assertThat(_get(card("Mentoring"), com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withClasses("place-dot")).isEnabled()).isFalse();
        assertThat(fixtures.as(ingrid, () -> boards.open(boardId)).notes().getFirst().votes()).isNull();

        fixtures.as(network.coordinator(), () -> boards.endVote(boardId));
        assertThat(fixtures.as(ingrid, () -> boards.open(boardId)).notes().getFirst().votes()).isEqualTo(2);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(shownText(card("Mentoring"))).contains("2 dots");
        assertThat(note.id()).isPositive();
    }

    @Test
    void tooLongTextIsRefusedWithAMessageAndNothingIsAdded() {
        var network = fixtures.network();
        long boardId = fixtures.board(network, false, "Ideas");
        signInAndOpenUi(network.coordinator());
        UI.getCurrent().navigate("boards/" + boardId);
        SectionColumn ideas = column("Ideas");

        ideas.newNote.setMaxLength(0);
        _setValue(ideas.newNote, "x".repeat(501));
        _click(ideas.add);

        expectNotifications("Note can be at most 500 characters.");
        assertThat(_find(NoteCard.class)).isEmpty();
    }
}
