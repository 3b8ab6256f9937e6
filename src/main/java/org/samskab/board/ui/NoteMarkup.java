package org.samskab.board.ui;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A note card's inside as HTML, built with jsoup so every piece of text and every attribute value is escaped: a
 * note or a name can never become markup, whatever the input rules let through. One element per card, not a
 * component per line and button, is what keeps a screen with hundreds of notes small on the server and quick to
 * send (docs/benchmarks.md). Buttons carry {@code data-note-action}; {@code BoardCanvas} listens once for them.
 */
final class NoteMarkup {

    static final String ACTION_ATTRIBUTE = "data-note-action";
    /** On a link chip: the other note's id. */
    static final String TARGET_ATTRIBUTE = "data-target-note";

    /**
     * The cards drawn lately. Without a lock: every screen on a board draws each change, on several threads at once,
     * and a lock here was where a room of 300 queued (JFR, bench/benchmarks-analysis.md). When it is full it starts again;
     * the markup is interned, so screens still share one string per card after that.
     */
    private static final java.util.Map<Card, String> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int RENDERED_KEPT = 4_000;

    /** Everything a card shows, already worded in the member's language. */
    record Card(long noteId, @Nullable String text, String author, @Nullable String votes,
            @Nullable String editing, @Nullable Dots dots, @Nullable String actionsLabel, @Nullable String notice,
            @Nullable Toggle resonate, @Nullable String mirror, @Nullable String role, List<Link> links, String style,
            boolean draggable) {

        Card {
            links = links == null ? List.of() : List.copyOf(links);
        }

        Card(long noteId, @Nullable String text, String author, @Nullable String votes,
                @Nullable String editing,
                @Nullable Dots dots, @Nullable String actionsLabel) {
            this(noteId, text, author, votes, editing, dots, actionsLabel, null, null, null, null, List.of(),
                    "note-yellow", false);
        }
    }

    /** A chip to another note: "→ leads to: …" ({@code leadsTo}) or "← from: …". */
    record Link(String label, long noteId, boolean leadsTo) {
    }

    /** A toggle button (a wall's "resonates"): its text, its label for screen readers, and whether it is on. */
    record Toggle(String text, String label, boolean pressed) {
    }

    /** The dot buttons, while a vote is open. */
    record Dots(String mine, String placeLabel, boolean canPlace, String removeLabel, boolean canRemove) {
    }

    private NoteMarkup() {
    }

    static String actionsButtonId(long noteId) {
        return "note-actions-" + noteId;
    }

    /**
     * The card's markup: the text, a footer with the author, the dot count (null
     * while totals are hidden) and who is editing (null: nobody), the dot buttons (null: no vote open), the
     * actions button, and chips to linked notes.
     */
    static String render(Card card) {
        // Every screen on a board draws a changed note, and nearly all of them draw it the same way: the markup
        // is built once and the same string is handed to all of them.
        String known = RENDERED.get(card);
        if (known != null) {
            return known;
        }
        String markup = build(card).intern();
        if (RENDERED.size() >= RENDERED_KEPT) {
            RENDERED.clear();
        }
        RENDERED.put(card, markup);
        return markup;
    }

    private static String build(Card card) {
        Document document = Document.createShell("");
        // No pretty printing: the note text keeps its own line breaks (white-space: pre-wrap). ASCII with
        // character references: the JVM then stores the markup, and the UIDL answer that carries it, one byte
        // per character instead of two (a single "⋯" or emoji would otherwise double the whole answer).
        document.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.US_ASCII);
        // The card itself (colour, id, dragging) is in the markup too: the list item around it then needs no
        // attributes or classes of its own, which on a board of hundreds of notes per screen adds up.
        Element root = document.body().appendElement("div").addClass("note-card")
                .attr("data-note-id", Long.toString(card.noteId()));
        for (String name : card.style().split(" ")) {
            if (!name.isBlank()) {
                root.addClass(name);
            }
        }
        if (card.draggable()) {
            root.attr("draggable", "true");
        }
        if (card.text() != null) {
            if (card.mirror() != null) {
                root.appendElement("span").addClass("note-mirror").text(card.mirror());
            }
            root.appendElement("p").addClass("note-text").text(card.text());
        }
        Element footer = root.appendElement("div").addClass("note-footer");
        footer.appendElement("span").addClass("note-author").text(card.author());
        if (card.role() != null) {
            footer.appendElement("span").addClass("note-role").text(card.role());
        }
        if (card.votes() != null) {
            footer.appendElement("span").addClass("note-votes").text(card.votes());
        }
        if (card.editing() != null) {
            footer.appendElement("span").addClass("note-editing").text(card.editing());
        }
        if (card.notice() != null) {
            footer.appendElement("span").addClass("note-notice").text(card.notice());
        }
        Element actions = root.appendElement("div").addClass("note-actions");
        if (card.resonate() != null) {
            button(actions, "resonate-button", NoteCard.RESONATE, card.resonate().label(), true)
                    .attr("aria-pressed", Boolean.toString(card.resonate().pressed())).text(card.resonate().text());
        }
        Dots dots = card.dots();
        if (dots != null) {
            Element group = actions.appendElement("div").addClass("note-dots");
            button(group, "dot-button remove-dot", NoteCard.REMOVE_DOT, dots.removeLabel(), dots.canRemove())
                    .text("−");
            group.appendElement("span").addClass("note-my-dots").text(dots.mine());
            button(group, "dot-button place-dot", NoteCard.PLACE_DOT, dots.placeLabel(), dots.canPlace()).text("+");
        }
        if (card.actionsLabel() != null) { // none on a read-only board: every action is a change
            button(actions, "note-actions-button", NoteCard.ACTIONS, card.actionsLabel(), true)
                    .attr("id", actionsButtonId(card.noteId())).attr("aria-haspopup", "dialog").text("⋯");
        }
        if (!card.links().isEmpty()) {
            Element links = root.appendElement("div").addClass("note-links");
            for (Link link : card.links()) {
                button(links, "link-chip " + (link.leadsTo() ? "leads-to" : "comes-from"), NoteCard.GO_TO,
                        link.label(), true).attr(TARGET_ATTRIBUTE, Long.toString(link.noteId())).text(link.label());
            }
        }
        return document.body().html();
    }

    private static Element button(Element parent, String classes, String action, String label, boolean enabled) {
        Element button = parent.appendElement("button").attr("type", "button")
                .attr(ACTION_ATTRIBUTE, action).attr("aria-label", label);
        for (String name : classes.split(" ")) {
            button.addClass(name);
        }
        if (!enabled) {
            button.attr("disabled", true);
        }
        return button;
    }
}
