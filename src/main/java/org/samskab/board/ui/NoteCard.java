package org.samskab.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.samskab.base.TextRules;
import org.samskab.board.NoteColour;
import org.samskab.board.VoteState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;

/**
 * One note, as a list item: its text, who wrote it, its dots, and a menu with every action (edit, colour, move
 * to a section, up, down, delete), so nothing needs a mouse. On a wide screen it can also be dragged.
 */
class NoteCard extends ListItem implements DragSource<NoteCard> {

    private final BoardView board;
    private NoteState note;
    private final Paragraph text = new Paragraph();
    private final Span author = new Span();
    private final Span votes = new Span();
    private final Span editing = new Span();
    private final Div dotButtons = new Div();
    private final MenuBar menu = new MenuBar();
    private final Div body = new Div();
    private boolean editMode;
    private TextArea editor;

    NoteCard(BoardView board, NoteState note) {
        this.board = board;
        this.note = note;
        addClassName("note-card");
        getElement().setAttribute("data-note-id", Long.toString(note.id()));
        text.addClassName("note-text");
        author.addClassName("note-author");
        votes.addClassName("note-votes");
        editing.addClassName("note-editing");
        dotButtons.addClassName("note-dots");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.addClassName("note-menu");
        body.addClassName("note-body");
        Div footer = new Div(author, votes, editing);
        footer.addClassName("note-footer");
        Div actions = new Div(dotButtons, menu);
        actions.addClassName("note-actions");
        add(body, footer, actions);
        setDraggable(true);
        setDragData(note.id());
        DropTarget<NoteCard> dropTarget = DropTarget.configure(this, true);
        dropTarget.addDropListener(event -> event.getDragSourceComponent()
                .filter(NoteCard.class::isInstance).map(NoteCard.class::cast)
                .filter(dragged -> dragged != this)
                .ifPresent(dragged -> board.move(dragged.noteId(), this.note.sectionId(), this.note.id())));
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

    void showEditor(String editorName) {
        editing.setText(editorName == null ? "" : getTranslation("board.someone-editing", editorName));
        editing.setVisible(editorName != null);
    }

    /** Redraws from the note's state and the board's (vote, sections, rights). */
    void refresh() {
        for (NoteColour colour : NoteColour.values()) {
            removeClassName(colour.cssClass());
        }
        addClassName(note.colour().cssClass());
        if (!editMode) {
            body.removeAll();
            text.setText(note.text());
            body.add(text);
        }
        author.setText(note.anonymous() ? getTranslation("board.anonymous") : note.authorName());
        votes.setVisible(note.votes() != null);
        if (note.votes() != null) {
            votes.setText(getTranslation("board.dot-count", note.votes()));
        }
        renderDots();
        renderMenu();
        getElement().setAttribute("aria-label", getTranslation("board.note-label", note.text(),
                note.anonymous() ? getTranslation("board.anonymous") : note.authorName()));
    }

    private void renderDots() {
        dotButtons.removeAll();
        int mine = board.myDotsOn(note.id());
        if (board.voteState() != VoteState.OPEN) {
            dotButtons.setVisible(false);
            return;
        }
        dotButtons.setVisible(true);
        Span myDots = new Span(getTranslation("board.my-dots", mine));
        myDots.addClassName("note-my-dots");
        Button place = new Button(VaadinIcon.PLUS_CIRCLE.create(), e -> board.placeDot(note.id()));
        place.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        place.setAriaLabel(getTranslation("board.place-dot", shortText()));
        place.setTooltipText(getTranslation("board.place-dot", shortText()));
        place.setEnabled(board.dotsLeft() > 0);
        place.addClassName("place-dot");
        Button take = new Button(VaadinIcon.MINUS_CIRCLE.create(), e -> board.removeDot(note.id()));
        take.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        take.setAriaLabel(getTranslation("board.remove-dot", shortText()));
        take.setTooltipText(getTranslation("board.remove-dot", shortText()));
        take.setEnabled(mine > 0);
        take.addClassName("remove-dot");
        dotButtons.add(take, myDots, place);
    }

    private void renderMenu() {
        menu.removeAll();
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        more.setAriaLabel(getTranslation("board.note-actions", shortText()));
        var sub = more.getSubMenu();
        boolean mayChange = board.mayChange(note);
        if (mayChange) {
            sub.addItem(getTranslation("board.edit"), e -> startEditing());
            MenuItem colours = sub.addItem(getTranslation("board.colour"));
            for (NoteColour colour : NoteColour.values()) {
                colours.getSubMenu().addItem(getTranslation(colour.translationKey()),
                        e -> board.recolour(note.id(), colour));
            }
        }
        MenuItem moveTo = sub.addItem(getTranslation("board.move-to"));
        for (SectionState section : board.sections()) {
            if (section.id() != note.sectionId()) {
                moveTo.getSubMenu().addItem(section.title(), e -> board.move(note.id(), section.id(), null));
            }
        }
        sub.addItem(getTranslation("board.move-up"), e -> board.moveWithinSection(note.id(), -1));
        sub.addItem(getTranslation("board.move-down"), e -> board.moveWithinSection(note.id(), 1));
        if (mayChange) {
            sub.addItem(getTranslation("board.delete"), e -> board.delete(note.id()));
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
        body.removeAll();
        body.add(editor, buttons);
        editor.focus();
        board.editingStarted(note.id());
    }

    /** Shows the other person's saved text above the member's own, which stays in the field. */
    void showConflict(String theirText) {
        Paragraph theirs = new Paragraph(getTranslation("board.their-version", theirText));
        theirs.addClassName("note-conflict");
        body.addComponentAsFirst(theirs);
    }

    void stopEditing() {
        editMode = false;
        editor = null;
        board.editingStopped(note.id());
        refresh();
    }

    boolean isEditing() {
        return editMode;
    }

    private String shortText() {
        String t = note.text();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
