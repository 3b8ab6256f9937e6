package org.samskab.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.samskab.base.TextRules;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteMirror;
import org.samskab.ui.TextLimit;

/**
 * The form that adds a note to a section: its text, colour, "post anonymously" where the board allows it, "for the
 * room only" (left out of the network's memory), and in
 * a case clinic's mirroring step how a coach's mirror begins. A section shows it when a member asks for it
 * ("Add a note", as Trello's "Add a card"): most people on a live board read far more than they write, and a
 * closed form costs their screens nothing. It stays open after adding, for the next note; Ctrl+Enter adds. What is
 * typed is kept in the browser until added or closed ({@link NoteDrafts}).
 */
class NoteComposer extends Div {

    final TextArea newNote = new TextArea();
    final Select<NoteColour> colour = new Select<>();
    final Checkbox anonymous = new Checkbox();
    /** Kept out of the network's memory (docs/adr/0192); offered wherever one writes. */
    final Checkbox roomOnly = new Checkbox();
    final Select<NoteMirror> mirror = new Select<>();
    final Button add = new Button();
    final Button close = new Button();

    private final BoardScreenState state;
    private final KindWords words;

    NoteComposer(BoardScreenState state, BoardActions actions, KindWords words, SectionColumn column,
            Runnable onClose) {
        this.state = state;
        this.words = words;
        addClassName("new-note-form");
        TextLimit.on(newNote, TextRules.NOTE_MAX);
        newNote.addClassName("new-note");
        newNote.setWidthFull();
        colour.setItems(NoteColour.values());
        colour.setValue(NoteColour.YELLOW);
        colour.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        colour.setAriaLabel(getTranslation("board.colour"));
        colour.addClassName("new-note-colour");
        // On a wall, anonymity is the wall's (the facilitator chose it) and posts are cards without colours.
        colour.setVisible(state.kind().colouredNotes());
        add.setText(getTranslation(words.addNote()));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-note");
        add.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(newNote).resetFocusOnActiveElement();
        add.addClickListener(e -> {
            if (actions.addNote(column.section().id(), newNote.getValue(), colour.getValue(), anonymous.getValue(),
                    mirror.isVisible() ? mirror.getValue() : null, roomOnly.getValue())) {
                newNote.clear();
                NoteDrafts.forget(newNote, state.boardId(), column.section().id());
                mirror.clear();
                newNote.focus();
            }
        });
        close.setText(getTranslation("action.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClassName("close-composer");
        close.addClickListener(e -> {
            NoteDrafts.forget(close, state.boardId(), column.section().id());
            onClose.run();
        });
        anonymous.setLabel(getTranslation("board.post-anonymously"));
        roomOnly.setLabel(getTranslation("board.room-only-choice"));
        roomOnly.setHelperText(getTranslation("board.room-only-help"));
        roomOnly.addClassName("new-note-room-only");
        mirror.setItems(NoteMirror.values());
        mirror.setEmptySelectionAllowed(true);
        mirror.setEmptySelectionCaption(getTranslation("board.mirror.none"));
        mirror.setItemLabelGenerator(m -> m == null ? getTranslation("board.mirror.none")
                : getTranslation(m.translationKey()));
        mirror.setLabel(getTranslation("board.mirror.label"));
        mirror.addClassName("new-note-mirror");
        add(mirror, newNote, colour, add, close, anonymous, roomOnly);
        NoteDrafts.keep(newNote, state.boardId(), column.section().id());
    }

    /** Labels and options that follow the section and the board (its title, mirroring, anonymity). */
    void update(SectionState section, String title) {
        newNote.setLabel(getTranslation(words.newNoteIn(), title));
        mirror.setVisible(state.offersMirror(section));
        anonymous.setVisible(state.offersAnonymousChoice());
    }
}
