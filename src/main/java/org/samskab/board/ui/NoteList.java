package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;

/**
 * A section's notes: one list element on the server, whose items the browser draws from the cards' markup
 * ({@code frontend/scripts/board.nocache.js}). Every open screen holds every card of its board and draws every live change,
 * so a card is not a component: a new note is one small call with its markup on every screen, not a new element
 * to create, attach and encode (docs/adr/0173-cards-drawn-by-the-browser.md).
 * <p>
 * The list keeps its cards in position order and sends only what changed. When it is attached again (Vaadin
 * resynchronising a screen, or the section moving) the browser's list is new, so it is sent whole.
 */
@Tag("ul")
@JavaScript("context://scripts/board.nocache.js")
final class NoteList extends Component {

    private final List<NoteCard> shown = new ArrayList<>();

    NoteList() {
        getElement().getClassList().add("note-list");
        addAttachListener(attached -> sendAll());
    }

    /** The cards, in the order shown. */
    List<NoteCard> cards() {
        return List.copyOf(shown);
    }

    /**
     * Puts a new card among the others by its position. The list is always in position order (every other change
     * re-sorts the sections it touched), so a binary search finds the place: when many people write at once their
     * notes can reach a screen out of commit order, and re-sorting every card of the board for each of them was
     * most of a busy server's CPU (the capacity profile in docs/benchmarks.md).
     */
    void insertInOrder(NoteCard card) {
        double position = card.note().position();
        int low = 0;
        int high = shown.size();
        // The usual case, a note added at the end, costs one look.
        if (high > 0 && shown.get(high - 1).note().position() > position) {
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (shown.get(middle).note().position() <= position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
        } else {
            low = high;
        }
        shown.add(low, card);
        card.shownIn(this);
        long before = low + 1 < shown.size() ? shown.get(low + 1).noteId() : -1;
        call("insert", card.noteId(), card.markup(), before);
    }

    /** Shows these cards, in this order: new ones are added, the others move only if out of place. */
    void showCards(List<NoteCard> ordered) {
        if (shown.equals(ordered)) {
            return;
        }
        boolean wasEmpty = shown.isEmpty();
        // Sets, not list look-ups: a section can hold a thousand cards.
        Set<NoteCard> before = new HashSet<>(shown);
        Set<NoteCard> after = new HashSet<>(ordered);
        List<NoteCard> arriving = ordered.stream().filter(card -> !before.contains(card)).toList();
        // A card that left may already be in the list it moved to: only this list's own mark goes.
        shown.stream().filter(card -> !after.contains(card) && card.list() == this)
                .forEach(card -> card.shownIn(null));
        shown.clear();
        shown.addAll(ordered);
        ordered.forEach(card -> card.shownIn(this));
        if (wasEmpty) {
            sendAll(); // the opening snapshot: one call for the whole section
            return;
        }
        for (NoteCard card : arriving) {
            call("insert", card.noteId(), card.markup(), -1L);
        }
        ArrayNode ids = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        shown.forEach(card -> ids.add(card.noteId()));
        call("order", ids);
    }

    /** A card's markup changed. */
    void redraw(NoteCard card) {
        call("redraw", card.noteId(), card.markup());
    }

    void remove(NoteCard card) {
        if (shown.remove(card)) {
            if (card.list() == this) {
                card.shownIn(null);
            }
            call("remove", card.noteId());
        }
    }

    private void sendAll() {
        ArrayNode items = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (NoteCard card : shown) {
            items.addArray().add(card.noteId()).add(card.markup());
        }
        call("reset", items);
    }

    /**
     * Runs one of board.nocache.js's card operations on this list. Only while attached: what is called before is sent
     * whole on attach, and the same card must not arrive twice.
     */
    private void call(String operation, Object... arguments) {
        if (!isAttached()) {
            return;
        }
        StringBuilder expression = new StringBuilder("window.samskabBoard.cards.").append(operation).append("(this");
        for (int i = 0; i < arguments.length; i++) {
            expression.append(", $").append(i);
        }
        getElement().executeJs(expression.append(")").toString(), arguments);
    }
}
