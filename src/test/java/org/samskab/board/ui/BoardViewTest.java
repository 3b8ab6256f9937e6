package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.VotingService;
import org.samskab.network.NetworkRole;
import org.samskab.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class BoardViewTest extends BoardUiTest {

    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    VotingService votingService;

    private List<String> notesIn(String section) {
        return _find(SectionColumn.class).stream().filter(c -> c.section().title().equals(section)).findFirst()
                .orElseThrow().cards().stream().map(c -> c.note().text()).toList();
    }

    /** The cards on the open board (they are not components: their lists draw them in the browser). */
    static List<NoteCard> cards() {
        return _find(BoardCanvas.class).stream().flatMap(canvas -> canvas.cards().stream()).toList();
    }

    /** The board's only card. */
    static NoteCard onlyCard() {
        assertThat(cards()).hasSize(1);
        return cards().getFirst();
    }

    /**
     * Clicks a button in a card's markup as the browser would report it to the board's one listener; fails when
     * the card does not show that button enabled.
     */
    static void press(NoteCard card, String action) {
        press(card, action, null);
    }

    /** Clicks a card's button for {@code target} (a link chip's other note), or its first button of the kind. */
    static void press(NoteCard card, String action, Long target) {
        org.jsoup.nodes.Element button = org.jsoup.Jsoup.parseBodyFragment(card.markup())
                .selectFirst("[data-note-action=" + action + "]"
                        + (target == null ? "" : "[" + NoteMarkup.TARGET_ATTRIBUTE + "=" + target + "]"));
        assertThat(button).as("a " + action + " button on the card").isNotNull();
        assertThat(button.hasAttr("disabled")).as(action + " disabled").isFalse();
        com.vaadin.flow.dom.Element canvas = _get(BoardCanvas.class).getElement();
        tools.jackson.databind.node.ObjectNode data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(BoardCanvas.CLICKED_ACTION, action);
        data.put(BoardCanvas.CLICKED_NOTE, Long.toString(card.noteId()));
        data.put(BoardCanvas.CLICKED_TARGET, button.attr(NoteMarkup.TARGET_ATTRIBUTE));
        data.put(BoardCanvas.CLICKED_CARD_BUTTON, true); // the browser evaluates the listener's filter
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(canvas,
                new com.vaadin.flow.dom.DomEvent(canvas, "click", data));
    }

    /** A button in the card's markup, or null. */
    static org.jsoup.nodes.Element button(NoteCard card, String action) {
        return org.jsoup.Jsoup.parseBodyFragment(card.markup()).selectFirst("[data-note-action=" + action + "]");
    }

    static boolean shows(NoteCard card, String action) {
        org.jsoup.nodes.Element button = org.jsoup.Jsoup.parseBodyFragment(card.markup())
                .selectFirst("[data-note-action=" + action + "]");
        return button != null && !button.hasAttr("disabled");
    }

    /** Opens the note's actions (a popover on the board) and returns their labels. */
    static List<String> actionsOf(NoteCard card) {
        press(card, NoteCard.ACTIONS);
        return _find(Button.class, spec -> spec.withClasses("note-action")).stream().map(Button::getText)
                .toList();
    }

    static void chooseAction(NoteCard card, String label) {
        press(card, NoteCard.ACTIONS);
        _click(_get(Button.class, spec -> spec.withClasses("note-action").withText(label)));
    }

    private SectionColumn column(String title) {
        return _find(SectionColumn.class).stream().filter(c -> c.section().title().equals(title)).findFirst()
                .orElseThrow();
    }

    private NoteCard card(String text) {
        return cards().stream().filter(c -> c.note().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aParticipantAddsEditsMovesAndDeletesTheirNote() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Content", "Ways of working");
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);

        SectionColumn content = column("Content");
        _click(content.openComposer);
        assertThat(limitsUnder(content.composer())).containsExactly(entry("New note in Content", 500));
        _setValue(content.composer().newNote, "Case clinics between gatherings 🌱");
        _setValue(content.composer().colour, NoteColour.GREEN);
        _click(content.composer().add);
        assertThat(notesIn("Content")).containsExactly("Case clinics between gatherings 🌱");
        NoteCard card = card("Case clinics between gatherings 🌱");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(card.markup()).selectFirst(".note-card").classNames())
                .contains("note-green");

        chooseAction(card, "Edit");
        EditNoteDialog editor = _get(EditNoteDialog.class);
        assertThat(limitsUnder(editor)).containsExactly(entry("Note", 500));
        _setValue(editor.text, "Case clinics between every gathering");
        _click(editor.save);
        assertThat(_find(EditNoteDialog.class)).isEmpty();
        assertThat(notesIn("Content")).containsExactly("Case clinics between every gathering");

        chooseAction(card("Case clinics between every gathering"), "Move to Ways of working");
        assertThat(notesIn("Content")).isEmpty();
        assertThat(notesIn("Ways of working")).containsExactly("Case clinics between every gathering");

        chooseAction(card("Case clinics between every gathering"), "Delete");
        assertThat(cards()).isEmpty();
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes()).isEmpty();
    }

    @Test
    void anAuthorKeepsANoteForTheRoomAndTheCardSaysSo() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Content");
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);

        SectionColumn content = column("Content");
        _click(content.openComposer);
        assertThat(content.composer().roomOnly.getLabel()).isEqualTo("For the room only");
        _setValue(content.composer().newNote, "Our director's budget");
        _setValue(content.composer().roomOnly, true);
        _click(content.composer().add);
        NoteCard card = card("Our director's budget");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(card.markup()).selectFirst(".note-notice").text())
                .isEqualTo("For the room only");
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes().getFirst().roomOnly()).isTrue();

        assertThat(actionsOf(card)).contains("Keep in the network’s memory").doesNotContain("Keep for the room only",
                "Make an action of this");
        _click(_get(Button.class, spec -> spec.withClasses("keep-for-the-room")));
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes().getFirst().roomOnly()).isFalse();
        assertThat(org.jsoup.Jsoup.parseBodyFragment(card("Our director's budget").markup())
                .selectFirst(".note-notice")).isNull();

        // Kept for the network, it can become an action between gatherings (the actions feature's page).
        chooseAction(card("Our director's budget"), "Make an action of this");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("actions/new?note=" + fixtures.as(ingrid, () -> boardReader.open(boardId)).notes()
                        .getFirst().id());
    }

    @Test
    void moveUpAndDownInTheNotesActionsReorderTheSection() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Content");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        for (String text : List.of("First", "Second", "Third")) {
            fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, text, NoteColour.YELLOW, false));
        }
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);

        chooseAction(card("First"), "Move down");
        assertThat(notesIn("Content")).containsExactly("Second", "First", "Third");
        chooseAction(card("Third"), "Move up");
        assertThat(notesIn("Content")).containsExactly("Second", "Third", "First");
    }

    @Test
    void anEditThatCrossesSomeoneElsesSaveShowsTheirVersionAndKeepsTheMembersWords() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.FACILITATOR, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        NoteState note = fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, "Mentoring", NoteColour.BLUE,
                false));
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);

        chooseAction(card("Mentoring"), "Edit");
        EditNoteDialog editor = _get(EditNoteDialog.class);
        fixtures.as(network.coordinator(), () -> noteService.editNote(note.id(), note.version(), "Mentoring pairs"));
        _setValue(editor.text, "Mentoring circles");
        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.text.isInvalid()).isTrue();
        assertThat(editor.text.getValue()).isEqualTo("Mentoring circles");
        assertThat(shownText(editor)).contains("Saved meanwhile by someone else: Mentoring pairs");
        // Empty text is refused in the dialog too, and changes nothing.
        _setValue(editor.text, "   ");
        _click(editor.save);
        assertThat(editor.isOpened()).isTrue();
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes().getFirst().text())
                .isEqualTo("Mentoring pairs");

        _setValue(editor.text, "Mentoring circles");
        _click(editor.save);
        assertThat(_find(EditNoteDialog.class)).isEmpty();
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes().getFirst().text())
                .isEqualTo("Mentoring circles");
    }

    @Test
    void aParticipantCannotDeleteSomeoneElsesNoteButAFacilitatorCan() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(network.coordinator(), () -> noteService.addNote(boardId, sectionId, "Coordinator note",
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
        assertThat(cards()).isEmpty();
    }

    @Test
    void newNotesArrivingOutOfOrderAreShownInTheirSectionsOrder() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Content");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        double first =
                fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, "Shown first", NoteColour.YELLOW,
                        false)).position();
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        BoardView board = _get(BoardView.class);

        // As the live layer delivers them when several people write at once: not in the order they were committed.
        long revision = 1_000;
        for (double offset : new double[] {3, 1, 4, 2, -1}) {
            revision++;
            board.live().noteChanged(new NoteState(9_000 + (long) (offset * 10), sectionId, "At " + offset,
                    NoteColour.YELLOW, "Someone", false, first + offset, 0, null, revision, false, 0, null, null,
                    List.of(), false));
        }

        assertThat(notesIn("Content")).containsExactly("At -1.0", "Shown first", "At 1.0", "At 2.0", "At 3.0",
                "At 4.0");
    }

    @Test
    void sortingByVotesReachesEveryOpenScreenTheFacilitatorsOwnToo() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        List<NoteState> notes = fixtures.as(ingrid, () -> List.of("A", "B", "C").stream()
                .map(text -> noteService.addNote(boardId, sectionId, text, NoteColour.YELLOW, false)).toList());
        fixtures.as(ola, () -> {
            votingService.startVote(boardId, 3, true);
            votingService.placeDot(notes.get(2).id());
            votingService.placeDot(notes.get(2).id());
            votingService.placeDot(notes.get(1).id());
            votingService.endVote(boardId);
        });

        // A phone with the board open: the facilitator sorts elsewhere.
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(notesIn("Ideas")).containsExactly("A", "B", "C");
        fixtures.as(ola, () -> votingService.sortByVotes(boardId));
        awaitLive(() -> notesIn("Ideas").equals(List.of("C", "B", "A")));
        closeUi();

        // The facilitator's own screen, after a second round: A most, then B, then C.
        fixtures.as(ola, () -> {
            votingService.startVote(boardId, 3, true);
            votingService.placeDot(notes.get(0).id());
            votingService.placeDot(notes.get(0).id());
            votingService.placeDot(notes.get(1).id());
            votingService.endVote(boardId);
        });
        signInAndOpenUi(ola);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(notesIn("Ideas")).containsExactly("C", "B", "A");
        _click(_get(Button.class, spec -> spec.withClasses("sort-by-votes")));
        awaitLive(() -> notesIn("Ideas").equals(List.of("A", "B", "C")));
    }

    @Test
    void aLiveNoteIsSentToAnOpenScreenAsOneCardAndAScreenDrawnAgainGetsThemAll() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, "Mentoring", null, false));
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(notesIn("Ideas")).containsExactly("Mentoring");
        NoteList list = _get(NoteList.class);
        sentScripts();

        fixtures.as(ola, () -> noteService.addNote(boardId, sectionId, "Buddy pairs & more", null, false));
        awaitLiveKeepingScripts(() -> list.cards().size() == 2);
        List<String> sent = sentScripts().stream().filter(script -> script.contains("samskabBoard.cards")).toList();
        assertThat(sent).as("one card, its markup escaped").singleElement().satisfies(script -> assertThat(script)
                .contains("cards.insert(").contains("Buddy pairs &amp; more").doesNotContain("Mentoring"));

        // Vaadin draws a screen again from scratch when it lost track of it: every list is sent whole.
        UI.getCurrent().getInternals().getStateTree().prepareForResync();
        assertThat(sentScripts()).anySatisfy(script -> assertThat(script).contains("cards.reset(")
                .contains("Mentoring").contains("Buddy pairs &amp; more"));
    }

    @Test
    void aCardMovedToAnEarlierSectionIsStillRedrawnWhenItChanges() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Content", "Ways of working");
        var sections = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections();
        NoteState note = fixtures.as(ingrid,
                () -> noteService.addNote(boardId, sections.get(1).id(), "Mentoring", null, false));
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        chooseAction(card("Mentoring"), "Move to Content");
        assertThat(notesIn("Content")).containsExactly("Mentoring");
        NoteList content = _find(NoteList.class).getFirst();
        sentScripts();

        long version = content.cards().getFirst().note().version();
        fixtures.as(ingrid, () -> noteService.editNote(note.id(), version, "Mentoring circles"));
        awaitLiveKeepingScripts(() -> content.cards().getFirst().note().text().equals("Mentoring circles"));
        assertThat(sentScripts()).anySatisfy(script -> assertThat(script).contains("cards.redraw(")
                .contains("Mentoring circles"));
    }

    @Test
    void anEditorIsToldAtOnceThatTheNoteWasDeletedAndKeepsTheirWordsToCopy() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        NoteState note = fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, "Mentoring", null, false));
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        chooseAction(card("Mentoring"), "Edit");
        EditNoteDialog editor = _get(EditNoteDialog.class);
        _setValue(editor.text, "Mentoring circles across municipalities");

        fixtures.as(ola, () -> noteService.deleteNote(note.id()));
        awaitLive(() -> cards().isEmpty());

        assertThat(editor.isOpened()).isTrue();
        assertThat(shownText(editor)).contains("This note was removed from the board while you were editing it.");
        assertThat(editor.text.getValue()).isEqualTo("Mentoring circles across municipalities");
        assertThat(editor.text.isReadOnly()).as("kept to copy, not to save").isTrue();
        assertThat(editor.save.isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withClasses("cancel-edit").withText("Close")));
        assertThat(_find(EditNoteDialog.class)).isEmpty();
    }

    @Test
    void deletingANoteSomeoneElseIsEditingAsksFirstAndNamesThemUnlessTheNoteIsAnonymous() {
        var network = fixtures.network();
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long boardId = fixtures.board(network, true, "Ideas");
        long sectionId = fixtures.as(ola, () -> boardReader.open(boardId)).sections().getFirst().id();
        NoteState named = fixtures.as(network.coordinator(), () -> noteService.addNote(boardId, sectionId, "Mentoring",
                null, false));
        NoteState anonymous = fixtures.as(network.coordinator(), () -> noteService.addNote(boardId, sectionId,
                "Case clinics", null, true));
        signInAndOpenUi(ola);
        UI.getCurrent().navigate("boards/" + boardId);
        BoardView board = _get(BoardView.class);
        // As the live layer reports others' editing: an anonymous note's editor is not named.
        board.live().editingChanged(named.id(), true, "Ingrid Bakke");
        board.live().editingChanged(anonymous.id(), true, null);

        chooseAction(card("Mentoring"), "Delete");
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("Ingrid Bakke is editing this note. Delete it anyway?");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(confirm);
        assertThat(notesIn("Ideas")).containsExactly("Mentoring", "Case clinics");

        chooseAction(card("Case clinics"), "Delete");
        confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("Someone is editing this note. Delete it anyway?");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(notesIn("Ideas")).containsExactly("Mentoring");

        // Nobody editing: deleted at once, as before.
        board.live().editingChanged(named.id(), false, null);
        chooseAction(card("Mentoring"), "Delete");
        assertThat(notesIn("Ideas")).isEmpty();
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
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        NoteState note = fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, "Mentoring", NoteColour.BLUE,
                false));
        fixtures.as(network.coordinator(), () -> votingService.startVote(boardId, 2, false));

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(shownText(_get(BoardView.class))).contains("you have 2 of 2 dots left");
        press(card("Mentoring"), NoteCard.PLACE_DOT);
        press(card("Mentoring"), NoteCard.PLACE_DOT);
        assertThat(shownText(card("Mentoring"))).contains("Your dots: 2").doesNotContain("2 dots");
        assertThat(shows(card("Mentoring"), NoteCard.PLACE_DOT)).as("a dot can be placed").isFalse();
        assertThat(shows(card("Mentoring"), NoteCard.REMOVE_DOT)).as("a dot can be taken back").isTrue();
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes().getFirst().votes()).isNull();

        fixtures.as(network.coordinator(), () -> votingService.endVote(boardId));
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes().getFirst().votes()).isEqualTo(2);
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

        ideas.composer().newNote.setMaxLength(0);
        _setValue(ideas.composer().newNote, "x".repeat(501));
        _click(ideas.composer().add);

        expectNotifications("Note can be at most 500 characters.");
        assertThat(cards()).isEmpty();
    }
}
