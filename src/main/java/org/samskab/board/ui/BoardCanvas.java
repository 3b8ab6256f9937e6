package org.samskab.board.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;

/**
 * The board's sections and note cards, in board order: one click listener and one set of drag-and-drop listeners
 * for all its cards, and the bookkeeping that lets a live change redraw only the sections and cards it touched.
 */
@com.vaadin.flow.component.dependency.JavaScript("context://scripts/board.nocache.js")
class BoardCanvas extends Div {

    static final String CLICKED_ACTION = "event.target.closest('[data-note-action]').dataset.noteAction";
    static final String CLICKED_NOTE = "event.target.closest('.note-card')?.dataset.noteId";
    static final String CLICKED_CARD_BUTTON = "event.target.closest('[data-note-action]') !== null";
    static final String CLICKED_TARGET = "event.target.closest('[data-note-action]').dataset.targetNote || ''";

    private final BoardScreenState state;
    private final BoardActions actions;
    /** Where a card's actions popover is attached (the card's own content is its markup). */
    private final HasComponents popovers;
    private BoardKindLayout kindLayout = new BoardKindLayout() {
    };
    private final Map<Long, SectionColumn> columns = new LinkedHashMap<>();
    private final Map<Long, NoteCard> cards = new HashMap<>();

    BoardCanvas(BoardScreenState state, BoardActions actions, HasComponents popovers) {
        this.state = state;
        this.actions = actions;
        this.popovers = popovers;
        listenToCardButtons();
    }

    /**
     * One click listener for every card's buttons (their markup comes from {@link NoteMarkup}). The browser
     * reports only the button's action and the card's note id, both from attributes the server wrote; a note that
     * is not on this board is ignored, and the service checks the member's rights as for any other request.
     */
    private void listenToCardButtons() {
        getElement().addEventListener("click", event -> {
            tools.jackson.databind.JsonNode data = event.getEventData();
            tools.jackson.databind.JsonNode action = data.get(CLICKED_ACTION);
            tools.jackson.databind.JsonNode noteId = data.get(CLICKED_NOTE);
            if (action == null || noteId == null || !action.isString() || !noteId.isString()) {
                return;
            }
            tools.jackson.databind.JsonNode target = data.get(CLICKED_TARGET);
            cardButtonClicked(noteId.asString(), action.asString(),
                    target == null || !target.isString() || target.asString().isEmpty() ? null : target.asString());
        }).addEventData(CLICKED_ACTION).addEventData(CLICKED_NOTE).addEventData(CLICKED_TARGET)
                .setFilter(CLICKED_CARD_BUTTON);
    }

    private void cardButtonClicked(String noteId, String action, @Nullable String target) {
        try {
            NoteCard card = cards.get(Long.parseLong(noteId));
            if (card != null) {
                card.act(action, target);
            }
        } catch (NumberFormatException notANote) {
            // Not one of ours: nothing to do.
        }
    }

    /**
     * One set of native drag-and-drop listeners for the whole board, instead of a Vaadin drag source and drop
     * target per note: a thousand notes cost nothing extra. The browser only reports ids (read from data
     * attributes, never user text) to {@link #dropNote}, where the service checks them like any other move. The
     * listeners are in {@code frontend/scripts/board.nocache.js}, fetched once per page.
     */
    void installDragAndDrop() {
        getElement().executeJs("window.samskabBoard.installDragAndDrop(this)");
    }

    /** A note dropped in a section, before another note or (beforeNoteId &lt; 0) at the end. */
    @ClientCallable
    void dropNote(long noteId, long sectionId, long beforeNoteId) {
        actions.move(noteId, sectionId, beforeNoteId < 0 ? null : beforeNoteId);
    }

    /** Empties the canvas and makes a column for each of the board's sections (the cards follow). */
    void reset(BoardKindLayout layout, String label) {
        this.kindLayout = layout;
        removeAll();
        columns.clear();
        cards.clear();
        addClassName("board-canvas");
        setId(BoardKeyboard.CANVAS_ID);
        getElement().setAttribute("tabindex", "-1");
        if (layout.canvasClass() != null) {
            addClassName(layout.canvasClass());
        }
        getElement().setAttribute("aria-label", label);
        for (SectionState section : state.sections()) {
            columns.put(section.id(), new SectionColumn(state, actions, layout, section));
        }
    }

    Iterable<SectionColumn> columns() {
        return columns.values();
    }

    /** The column for a note written in this tab before a reload, if the member still writes there. */
    @Nullable
    SectionColumn column(long sectionId) {
        return columns.get(sectionId);
    }

    /** A card for a note from the opening snapshot (placed by the next {@link #layoutSections}). */
    void addCard(NoteState note) {
        cards.computeIfAbsent(note.id(), id -> new NoteCard(state, actions, popovers, this, note));
    }

    /**
     * Shows a note's new state. Every open screen does this for every change, so the common cases cost the same on
     * a big board: a new note is put in its place in its section (notes written at once may arrive out of order),
     * a note that stays where it was is not laid out again, and otherwise only the sections it left and entered
     * are re-sorted.
     */
    void show(NoteState note) {
        NoteCard card = cards.get(note.id());
        if (card == null) {
            card = new NoteCard(state, actions, popovers, this, note);
            cards.put(note.id(), card);
            // The binding keeps a note of a section this screen does not know until the section arrives.
            java.util.Objects.requireNonNull(columns.get(note.sectionId())).insertInOrder(card);
            return;
        }
        NoteState previous = card.note();
        card.update(note);
        if (previous.sectionId() != note.sectionId() || previous.position() != note.position()) {
            // Set.copyOf, not Set.of: a move within a section names the same section twice.
            layoutSections(Set.copyOf(List.of(previous.sectionId(), note.sectionId())));
        }
    }

    /** Draws a card's new state where it is. */
    void update(NoteState note) {
        NoteCard card = cards.get(note.id());
        if (card != null) {
            card.update(note);
        }
    }

    void removeCard(long noteId) {
        NoteCard card = cards.remove(noteId);
        if (card != null) {
            card.removedFromBoard();
            NoteList list = card.list();
            if (list != null) {
                list.remove(card);
            }
        }
    }

    void refreshCards(Set<Long> noteIds) {
        for (Long id : noteIds) {
            NoteCard card = cards.get(id);
            if (card != null) {
                card.refresh();
            }
        }
    }

    void refreshCards(Predicate<NoteState> which) {
        cards.values().stream().filter(card -> which.test(card.note())).forEach(NoteCard::refresh);
    }

    void sectionsChanged(List<SectionState> sections) {
        Map<Long, SectionColumn> ordered = new LinkedHashMap<>();
        for (SectionState section : sections) {
            SectionColumn column = columns.get(section.id());
            if (column == null) {
                column = new SectionColumn(state, actions, kindLayout, section);
            } else {
                column.update(section);
            }
            ordered.put(section.id(), column);
        }
        // Sections changed order or number: keep the map in board order.
        columns.clear();
        columns.putAll(ordered);
        layoutSections(null);
    }

    /** Places section columns in order, and the cards of the given sections (null: all) in order. */
    void layoutSections(@Nullable Set<Long> onlySections) {
        List<Component> wanted = new ArrayList<>(columns.values());
        if (!getChildren().toList().equals(wanted)) {
            removeAll();
            wanted.forEach(this::add);
        }
        Map<Long, List<NoteCard>> bySection = new HashMap<>();
        cards.values().stream()
                .filter(card -> onlySections == null || onlySections.contains(card.note().sectionId()))
                .sorted(Comparator.comparingDouble((NoteCard c) -> c.note().position()))
                .forEach(card -> bySection.computeIfAbsent(card.note().sectionId(), k -> new ArrayList<>())
                        .add(card));
        for (SectionColumn column : columns.values()) {
            if (onlySections == null || onlySections.contains(column.section().id())) {
                column.showCards(bySection.getOrDefault(column.section().id(), List.of()));
            }
        }
    }

    /** Marks the section the group is on now (null: none). */
    void showFocus(@Nullable Long focus, String label) {
        columns.values().forEach(c -> c.showFocus(focus != null && c.section().id() == focus, label));
    }

    /** Highlights the note in the spotlight (null: none); the browser keeps it through the card's redraws. */
    void spotlight(@Nullable Long noteId) {
        long id = noteId == null ? -1 : noteId;
        // The attribute is the screen's state (cards drawn later are marked from it); the call marks those shown.
        getElement().setAttribute("data-spotlight", Long.toString(id));
        getElement().executeJs("window.samskabBoard.spotlight(this, $0)", id);
    }

    /** The note in the spotlight on this screen, or -1. */
    long spotlit() {
        return Long.parseLong(getElement().getAttribute("data-spotlight") == null ? "-1"
                : getElement().getAttribute("data-spotlight"));
    }

    /** Who may write changed (a board's group): the note forms follow. */
    void refreshRights() {
        columns.values().forEach(SectionColumn::refreshRights);
    }

    /** The gathering closed or reopened, or the room's pace changed: every card and section follows. */
    void readOnlyChanged() {
        // Asked once for the board; a card drawn with the same rights (write, then group) stays as it was.
        BoardScreenState.CardRights rights = state.cardRights();
        cards.values().forEach(card -> {
            card.closeActions();
            card.refreshFor(rights);
        });
        columns.values().forEach(column -> column.update(column.section()));
    }

    /** Every card, in no particular order. */
    java.util.Collection<NoteCard> cards() {
        return java.util.Collections.unmodifiableCollection(cards.values());
    }

    void focusNote(long noteId) {
        NoteCard card = cards.get(noteId);
        if (cards.containsKey(noteId)) {
            getElement().executeJs("window.samskabBoard.goTo(this, $0)", noteId);
        }
    }

    /**
     * The facilitator brought everyone to a note or a section of this board, already shown (neither: the board
     * itself): it is marked for a moment and scrolled into view, and focus moves there unless the reader is writing
     * (docs/adr/0185). False when this screen does not show that note or section (yet).
     */
    boolean bringHere(@Nullable Long noteId, @Nullable Long sectionId) {
        if (noteId != null) {
            if (!cards.containsKey(noteId)) {
                return false;
            }
            getElement().executeJs("window.samskabBoard.bringTo(this, '.note-list > li[data-card=\"' + $0 + '\"]')",
                    noteId);
        } else if (sectionId != null) {
            if (!columns.containsKey(sectionId)) {
                return false;
            }
            getElement().executeJs("window.samskabBoard.bringTo(this, '#section-' + $0)", sectionId);
        } else {
            getElement().executeJs("window.samskabBoard.bringTo(this, null)");
        }
        return true;
    }

    void keepFocusOn(long noteId) {
        if (cards.containsKey(noteId)) {
            getElement().executeJs("window.samskabBoard.keepFocus(this, $0)", noteId);
        }
    }
}
