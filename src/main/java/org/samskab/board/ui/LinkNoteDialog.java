package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.samskab.board.BoardViews.NoteState;

/** The keyboard path for linking a note to a note in a later stage: choose the target from a list. */
class LinkNoteDialog extends Dialog {

    final Select<NoteState> target = new Select<>();
    final Button link;

    LinkNoteDialog(String shortText, List<NoteState> candidates, java.util.function.Function<NoteState, String> label,
            Consumer<NoteState> action) {
        setHeaderTitle(getTranslation("board.link-title", shortText));
        addClassName("link-note-dialog");
        setWidth("32rem");
        setMaxWidth("100%");
        link = new Button(getTranslation("board.link-save"), e -> {
            if (target.getValue() != null) {
                close();
                action.accept(target.getValue());
            }
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (candidates.isEmpty()) {
            add(new Paragraph(getTranslation("board.no-later-notes")));
            link.setEnabled(false);
        } else {
            target.setLabel(getTranslation("board.link-target"));
            target.setItems(candidates);
            target.setItemLabelGenerator(label::apply);
            target.setWidthFull();
            add(target);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, link);
    }
}
