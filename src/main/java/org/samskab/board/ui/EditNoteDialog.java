package org.samskab.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.EditConflictException;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * Edits a note's text, as Padlet opens a post: a dialog, full width on a phone, Ctrl+Enter saves and Escape
 * cancels. If someone else saved the note meanwhile, their version is shown above the member's own words, which
 * stay in the field; saving again then replaces theirs knowingly.
 */
class EditNoteDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button save = new Button();
    private final Paragraph theirs = new Paragraph();
    private final Paragraph removed = new Paragraph();
    private final Button cancel = new Button();
    private long expectedVersion;

    /** Saves the text; returns null when saved, else the refusal to show. */
    @FunctionalInterface
    interface Save {
        @Nullable
        UserFacingException save(long noteId, long expectedVersion, String text);
    }

    /** @param closed called once when the dialog goes, saved or not */
    EditNoteDialog(NoteState note, Save saveEdit, Runnable closed) {
        expectedVersion = note.version();
        setHeaderTitle(getTranslation("board.edit-note"));
        addClassName("edit-note-dialog");
        setWidth("32rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false); // a stray click must not throw words away
        theirs.addClassName("note-conflict");
        theirs.setVisible(false);
        removed.addClassName("note-removed");
        removed.getElement().setAttribute("role", "alert");
        removed.setVisible(false);
        text.setLabel(getTranslation("field.note"));
        text.setValue(note.text());
        TextLimit.on(text, TextRules.NOTE_MAX);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.addClassName("note-editor");
        add(removed, theirs, text);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        save.addClickListener(e -> {
            UserFacingException refusal = saveEdit.save(note.id(), expectedVersion, text.getValue());
            if (refusal == null) {
                close();
                return;
            }
            if (refusal instanceof ItemNotFoundException) {
                noteRemoved(); // removed before this screen heard of it
                return;
            }
            if (refusal instanceof EditConflictException conflict) {
                expectedVersion = conflict.currentVersion(); // the member has now seen the other version
                theirs.setText(getTranslation("board.their-version", conflict.currentText()));
                theirs.setVisible(true);
            }
            text.setErrorMessage(UserMessages.text(this, refusal));
            text.setInvalid(true);
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        cancel.addClassName("cancel-edit");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            } else {
                closed.run();
                removeFromParent();
            }
        });
    }

    /**
     * The note was deleted (or hidden) while the member edited it: they are told at once, and their words stay,
     * read-only but selectable, for them to copy; there is nothing left to save them to.
     */
    void noteRemoved() {
        removed.setText(getTranslation("board.note-removed-while-editing"));
        removed.setVisible(true);
        theirs.setVisible(false);
        text.setInvalid(false);
        text.setReadOnly(true);
        save.setVisible(false);
        cancel.setText(getTranslation("action.close"));
        cancel.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        text.focus();
    }
}
