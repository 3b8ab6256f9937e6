package org.samskab.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextArea;
import org.samskab.base.TextRules;
import org.samskab.board.NoteColour;
import org.samskab.board.VoteState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;

/**
 * One note, as a list item: its text, who wrote it, its dots, and a menu with every action (edit, colour, move
 * to a section, up, down, delete), so nothing needs a mouse. On a wide screen it can also be dragged.
 * <p>
 * Every open screen holds every card of its board in server memory and receives every card in its first render,
 * so a card is two elements: the list item and one element whose markup {@link NoteMarkup} builds and escapes,
 * buttons included. Their clicks reach {@link #act} through one listener for the whole board (see
 * {@code BoardView}), the way a grid renders its rows; the editor and the actions popover exist only while open.
 */
class NoteCard extends ListItem {

    /** What the card's buttons ask for (their {@code data-note-action}). */
    static final String ACTIONS = "actions";
    static final String PLACE_DOT = "place-dot";
    static final String REMOVE_DOT = "remove-dot";
    static final String RESONATE = "resonate";

    private final BoardView board;
    private NoteState note;
    private final Div content = new Div();
    private String editorMarker;
    private String shownMarkup;
    private Popover actionsPopover;
    private Div editBox;
    private boolean editMode;
    private TextArea editor;
    // Theory U canvas and case clinic: link chips, only on notes that have links
    private Div links;

    NoteCard(BoardView board, NoteState note) {
        this.board = board;
        this.note = note;
        addClassName("note-card");
        getElement().setAttribute("data-note-id", Long.toString(note.id()));
        // Dragging is handled once for the whole board (BoardView), not per note.
        getElement().setAttribute("draggable", Boolean.toString(board.mayMove(note)));
        content.addClassName("note-content");
        add(content);
        refresh();
    }

    long noteId() {
        return note.id();
    }

    NoteState note() {
        return note;
    }

    void update(NoteState newState) {
        this.note = newState;
        refresh();
    }

    /** Shows (or, with null, clears) who is editing this note, already worded by the board. */
    void showEditor(String marker) {
        editorMarker = marker;
        refresh();
    }

    /** Redraws from the note's state and the board's (vote, sections, rights). */
    void refresh() {
        for (NoteColour colour : NoteColour.values()) {
            getClassNames().set(colour.cssClass(), colour == note.colour());
        }
        getClassNames().set("by-case-giver", note.authorRole() == org.samskab.board.GroupRole.CASE_GIVER);
        // Interned: everyone who sees a card the same way (same language, no vote of their own on it) shares one
        // copy of its markup, instead of one per open screen; the JVM forgets it when no screen holds it.
        String markup = NoteMarkup.render(card()).intern();
        // A vote or a marker changes a few cards; the rest are not sent again.
        if (!markup.equals(shownMarkup)) {
            shownMarkup = markup;
            content.getElement().setProperty("innerHTML", markup);
        }
        refreshLinks();
    }

    /** The card as the markup shows it, worded in the member's language. */
    private NoteMarkup.Card card() {
        String author = note.anonymous() ? getTranslation("board.anonymous") : note.authorName();
        String votes = note.votes() == null ? null : getTranslation("board.dot-count", note.votes());
        if (board.isWall() && note.resonates() > 0) {
            votes = getTranslation("wall.resonates-count", note.resonates());
        }
        String notice = note.privatePost() ? getTranslation("wall.private-badge") : null;
        // Reflection walls: "resonates", on others' posts; pressed when the member resonates with it.
        NoteMarkup.Toggle resonate = board.isWall() && board.mayResonate(note)
                ? new NoteMarkup.Toggle(getTranslation("wall.resonate"),
                        getTranslation("wall.resonate-label", shortText()), board.resonates(note.id()))
                : null;
        // Case clinics: how a coach's mirror begins, and the author's part in the group.
        String mirror = note.mirror() == null ? null
                : getTranslation("board.mirror-opening", getTranslation(note.mirror().translationKey()));
        String role = note.authorRole() == null ? null : getTranslation(note.authorRole().translationKey());
        NoteMarkup.Dots dots = null;
        if (board.voteState() == VoteState.OPEN) {
            int mine = board.myDotsOn(note.id());
            dots = new NoteMarkup.Dots(getTranslation("board.my-dots", mine),
                    getTranslation("board.place-dot", shortText()), board.dotsLeft() > 0,
                    getTranslation("board.remove-dot", shortText()), mine > 0);
        }
        return new NoteMarkup.Card(note.id(), editMode ? null : note.text(), author, votes, editorMarker, dots,
                getTranslation("board.note-actions", shortText()), notice, resonate, mirror, role);
    }

    /** The card's markup as last sent (for tests). */
    String markup() {
        return shownMarkup;
    }

    /** A click on one of the card's buttons (the board checks the note is on it; the service checks the rest). */
    void act(String action) {
        switch (action) {
            case ACTIONS -> openActions();
            case PLACE_DOT -> board.placeDot(note.id());
            case REMOVE_DOT -> board.removeDot(note.id());
            case RESONATE -> {
                if (board.isWall() && board.mayResonate(note)) {
                    board.setResonates(note.id(), !board.resonates(note.id()));
                }
            }
            default -> {
                // An action this card does not offer: a stale or hand-made event; nothing to do.
            }
        }
    }

    /** The note's actions, in a popover built on demand: every drag action has a keyboard path here. */
    private void openActions() {
        closeActions();
        actionsPopover = new Popover();
        actionsPopover.setFor(NoteMarkup.actionsButtonId(note.id()));
        actionsPopover.setOpenOnClick(false);
        actionsPopover.setAriaLabel(getTranslation("board.note-actions", shortText()));
        actionsPopover.setPosition(PopoverPosition.BOTTOM_END);
        actionsPopover.setAutofocus(true);
        actionsPopover.addClassName("note-actions-popover");
        Div content = new Div();
        content.addClassName("note-actions-content");
        boolean mayChange = board.mayChange(note);
        if (mayChange) {
            content.add(action(getTranslation("board.edit"), VaadinIcon.EDIT, this::startEditing));
        }
        if (mayChange && !board.isWall()) {
            Div colours = new Div();
            colours.addClassName("note-colour-choices");
            colours.getElement().setAttribute("role", "group");
            colours.getElement().setAttribute("aria-label", getTranslation("board.colour"));
            for (NoteColour colour : NoteColour.values()) {
                Button swatch = new Button("", e -> {
                    closeActions();
                    board.recolour(note.id(), colour);
                });
                swatch.addClassNames("colour-swatch", colour.cssClass());
                swatch.setAriaLabel(getTranslation(colour.translationKey()));
                swatch.setTooltipText(getTranslation(colour.translationKey()));
                colours.add(swatch);
            }
            content.add(colours);
        }
        for (SectionState section : board.sections()) {
            if (section.id() != note.sectionId() && board.mayMove(note)) {
                content.add(action(getTranslation("board.move-to-section", SectionTexts.title(this, section)),
                        VaadinIcon.ARROW_RIGHT,
                        () -> board.move(note.id(), section.id(), null)));
            }
        }
        if (board.mayWrite() && board.hasLaterSections(note)) {
            content.add(action(getTranslation("board.link"), VaadinIcon.CONNECT, () -> new LinkNoteDialog(
                    shortText(), board.laterNotes(note), board::describe, target -> board.link(note.id(), target.id()))
                    .open()));
        }
        if (board.mayWrite()) {
            for (Long target : note.linksTo()) {
                content.add(action(getTranslation("board.unlink", board.shortTextOf(target)), VaadinIcon.UNLINK,
                        () -> board.unlink(note.id(), target)));
            }
        }
        if (board.mayMove(note)) {
            content.add(action(getTranslation("board.move-up"), VaadinIcon.ARROW_UP,
                    () -> board.moveWithinSection(note.id(), -1)));
            content.add(action(getTranslation("board.move-down"), VaadinIcon.ARROW_DOWN,
                    () -> board.moveWithinSection(note.id(), 1)));
        }
        if (mayChange) {
            Button delete = action(getTranslation("board.delete"), VaadinIcon.TRASH, () -> board.delete(note.id()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(delete);
        }
        if (board.mayHide(note)) {
            Button hide = action(getTranslation("wall.hide"), VaadinIcon.EYE_SLASH,
                    () -> new HideDialog(shortText(), reason -> board.hide(note.id(), reason)).open());
            hide.addClassName("hide-post");
            content.add(hide);
        }
        actionsPopover.add(content);
        actionsPopover.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closeActions();
            }
        });
        add(actionsPopover);
        actionsPopover.open();
    }

    private Button action(String text, VaadinIcon icon, Runnable run) {
        Button button = new Button(text, icon.create(), e -> {
            closeActions();
            run.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("note-action");
        return button;
    }

    private void closeActions() {
        if (actionsPopover != null) {
            Popover closing = actionsPopover;
            actionsPopover = null;
            closing.close();
            remove(closing);
        }
    }

    void startEditing() {
        if (editMode) {
            return;
        }
        editMode = true;
        editor = new TextArea();
        editor.setAriaLabel(getTranslation("board.edit-note"));
        editor.setValue(note.text());
        editor.setMaxLength(TextRules.NOTE_MAX);
        editor.setWidthFull();
        editor.addClassName("note-editor");
        long versionAtStart = note.version();
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> stopEditing());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        long[] expected = {versionAtStart};
        save.addClickListener(e -> {
            Long conflictVersion = board.saveEdit(this, expected[0], editor.getValue());
            if (conflictVersion != null) {
                expected[0] = conflictVersion; // the member has now seen the other version
            }
        });
        Div buttons = new Div(save, cancel);
        buttons.addClassName("note-editor-buttons");
        editBox = new Div(editor, buttons);
        editBox.addClassName("note-body");
        addComponentAtIndex(0, editBox);
        refresh();
        editor.focus();
        board.editingStarted(note.id());
    }

    /** Shows the other person's saved text above the member's own, which stays in the field. */
    void showConflict(String theirText) {
        Paragraph theirs = new Paragraph(getTranslation("board.their-version", theirText));
        theirs.addClassName("note-conflict");
        editBox.addComponentAsFirst(theirs);
    }

    void stopEditing() {
        editMode = false;
        editor = null;
        if (editBox != null) {
            remove(editBox);
            editBox = null;
        }
        board.editingStopped(note.id());
        refresh();
    }

    boolean isEditing() {
        return editMode;
    }

    String shortText() {
        return shortText(note.text());
    }

    static String shortText(String t) {
        return t.codePointCount(0, t.length()) > 40 ? t.substring(0, t.offsetByCodePoints(0, 40)) + "…" : t;
    }

    /**
     * Shows where this note leads ("→ leads to: …") and what led to it ("← from: …"); each chip takes the reader
     * to the other note. Only notes with links carry the chips.
     */
    void refreshLinks() {
        java.util.List<Long> sources = board.linkedFrom(note.id());
        if (note.linksTo().isEmpty() && sources.isEmpty()) {
            if (links != null) {
                remove(links);
                links = null;
            }
            return;
        }
        if (links == null) {
            links = new Div();
            links.addClassName("note-links");
            addComponentAtIndex(indexOf(content) + 1, links);
        }
        links.removeAll();
        for (Long target : note.linksTo()) {
            links.add(linkChip(getTranslation("board.leads-to", board.shortTextOf(target)), target, "leads-to"));
        }
        for (Long source : sources) {
            links.add(linkChip(getTranslation("board.comes-from", board.shortTextOf(source)), source, "comes-from"));
        }
    }

    private NativeButton linkChip(String label, long otherNoteId, String kind) {
        NativeButton chip = new NativeButton(label, e -> board.focusNote(otherNoteId));
        chip.addClassNames("link-chip", kind);
        return chip;
    }
}
