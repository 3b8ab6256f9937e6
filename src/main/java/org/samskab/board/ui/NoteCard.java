package org.samskab.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 */
class NoteCard extends ListItem {

    private final BoardView board;
    private NoteState note;
    private final Paragraph text = new Paragraph();
    private final Span author = new Span();
    private final Span votes = new Span();
    private final Span editing = new Span();
    private final Div dotButtons = new Div();
    // Native buttons, no tooltips: a board of a thousand notes must not carry thousands of web components.
    final NativeButton actions = new NativeButton("⋯");
    private Popover actionsPopover;
    private final Div body = new Div();
    private boolean editMode;
    private TextArea editor;
    // Theory U canvas and case clinic: the author's part in the group, the mirror's opening, links
    private final Span role = new Span();
    private final Span mirror = new Span();
    final Div links = new Div();

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
        actions.addClassName("note-actions-button");
        actions.getElement().setAttribute("aria-haspopup", "dialog");
        // Built when opened, not per note: a board of a thousand notes stays light.
        actions.addClickListener(e -> openActions());
        body.addClassName("note-body");
        role.addClassName("note-role");
        mirror.addClassName("note-mirror");
        links.addClassName("note-links");
        Div footer = new Div(author, role, votes, editing);
        footer.addClassName("note-footer");
        Div actionRow = new Div(dotButtons, actions);
        actionRow.addClassName("note-actions");
        add(body, footer, links, actionRow);
        // Dragging is handled once for the whole board (BoardView), not per note.
        getElement().setAttribute("draggable", "true");
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
        editing.setText(marker == null ? "" : marker);
        editing.setVisible(marker != null);
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
            if (note.mirror() != null) {
                mirror.setText(getTranslation(note.mirror().translationKey()) + " …");
                body.add(mirror);
            }
            body.add(text);
        }
        role.setVisible(note.authorRole() != null);
        if (note.authorRole() != null) {
            role.setText(getTranslation(note.authorRole().translationKey()));
            getClassNames().set("by-case-giver", note.authorRole() == org.samskab.board.GroupRole.CASE_GIVER);
        }
        refreshLinks();
        author.setText(note.anonymous() ? getTranslation("board.anonymous") : note.authorName());
        votes.setVisible(note.votes() != null);
        if (note.votes() != null) {
            votes.setText(getTranslation("board.dot-count", note.votes()));
        }
        renderDots();
        actions.getElement().setAttribute("aria-label", getTranslation("board.note-actions", shortText()));
        actions.getElement().setAttribute("title", getTranslation("board.note-actions", shortText()));
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
        NativeButton place = new NativeButton("+", e -> board.placeDot(note.id()));
        place.getElement().setAttribute("aria-label", getTranslation("board.place-dot", shortText()));
        place.getElement().setAttribute("title", getTranslation("board.place-dot", shortText()));
        place.setEnabled(board.dotsLeft() > 0);
        place.addClassNames("dot-button", "place-dot");
        NativeButton take = new NativeButton("−", e -> board.removeDot(note.id()));
        take.getElement().setAttribute("aria-label", getTranslation("board.remove-dot", shortText()));
        take.getElement().setAttribute("title", getTranslation("board.remove-dot", shortText()));
        take.setEnabled(mine > 0);
        take.addClassNames("dot-button", "remove-dot");
        dotButtons.add(take, myDots, place);
    }

    /** The note's actions, in a popover built on demand: every drag action has a keyboard path here. */
    private void openActions() {
        closeActions();
        actionsPopover = new Popover();
        actionsPopover.setTarget(actions);
        actionsPopover.setAriaLabel(getTranslation("board.note-actions", shortText()));
        actionsPopover.setPosition(PopoverPosition.BOTTOM_END);
        actionsPopover.setAutofocus(true);
        actionsPopover.addClassName("note-actions-popover");
        Div content = new Div();
        content.addClassName("note-actions-content");
        boolean mayChange = board.mayChange(note);
        if (mayChange) {
            content.add(action(getTranslation("board.edit"), VaadinIcon.EDIT, this::startEditing));
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
            if (section.id() != note.sectionId()) {
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
        content.add(action(getTranslation("board.move-up"), VaadinIcon.ARROW_UP,
                () -> board.moveWithinSection(note.id(), -1)));
        content.add(action(getTranslation("board.move-down"), VaadinIcon.ARROW_DOWN,
                () -> board.moveWithinSection(note.id(), 1)));
        if (mayChange) {
            Button delete = action(getTranslation("board.delete"), VaadinIcon.TRASH, () -> board.delete(note.id()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(delete);
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

    String shortText() {
        return shortText(note.text());
    }

    static String shortText(String t) {
        return t.codePointCount(0, t.length()) > 40 ? t.substring(0, t.offsetByCodePoints(0, 40)) + "…" : t;
    }

    /**
     * Shows where this note leads ("→ leads to: …") and what led to it ("← from: …"); each chip takes the reader
     * to the other note.
     */
    void refreshLinks() {
        links.removeAll();
        for (Long target : note.linksTo()) {
            links.add(linkChip(getTranslation("board.leads-to", board.shortTextOf(target)), target, "leads-to"));
        }
        for (Long source : board.linkedFrom(note.id())) {
            links.add(linkChip(getTranslation("board.comes-from", board.shortTextOf(source)), source, "comes-from"));
        }
        links.setVisible(links.getChildren().findAny().isPresent());
    }

    private NativeButton linkChip(String label, long otherNoteId, String kind) {
        NativeButton chip = new NativeButton(label, e -> board.focusNote(otherNoteId));
        chip.addClassNames("link-chip", kind);
        return chip;
    }
}
