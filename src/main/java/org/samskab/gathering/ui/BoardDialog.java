package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import org.samskab.base.TextRules;
import org.samskab.board.BoardKind;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.base.UserFacingException;
import org.samskab.ui.UserMessages;

/** Adds a board to the agenda or changes one: its title, its instructions, and whether notes may be anonymous. */
class BoardDialog extends Dialog {

    /** Stores the values; throws the service's refusal when it does not. */
    @FunctionalInterface
    interface SaveAction {
        void save(String title, String instructions, boolean allowAnonymous);
    }

    final TextField title = new TextField();
    final TextArea instructions = new TextArea();
    final Checkbox allowAnonymous = new Checkbox();
    /** Which kind of board to add; shown only when adding (a board keeps its kind). */
    final Select<BoardKind> kind = new Select<>();
    final Paragraph problem = new Paragraph();
    final Button save;
    private final SaveAction action;

    BoardDialog(String header, String initialTitle, String initialInstructions, boolean initialAllowAnonymous,
            SaveAction action) {
        this.action = action;
        setHeaderTitle(header);
        addClassName("board-dialog");
        setWidth("36rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        title.setLabel(getTranslation("field.title"));
        title.setMaxLength(TextRules.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValue(initialTitle == null ? "" : initialTitle);
        instructions.setLabel(getTranslation("field.instructions"));
        instructions.setHelperText(getTranslation("gathering.instructions-help"));
        instructions.setMaxLength(TextRules.DESCRIPTION_MAX);
        instructions.setWidthFull();
        instructions.setValue(initialInstructions == null ? "" : initialInstructions);
        allowAnonymous.setLabel(getTranslation("board.allow-anonymous"));
        allowAnonymous.setValue(initialAllowAnonymous);
        problem.addClassName("error-text");
        problem.setVisible(false);
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(BoardKind.IDEA_BOARD, BoardKind.THEORY_U_CANVAS, BoardKind.CASE_CLINIC);
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(BoardKind.IDEA_BOARD);
        kind.setWidthFull();
        kind.setVisible(false);
        Div fields = new Div(problem, kind, title, instructions, allowAnonymous);
        fields.addClassName("dialog-fields");
        add(fields);

        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    /** Lets the facilitator choose the new board's kind. */
    BoardDialog withKindChoice() {
        kind.setVisible(true);
        return this;
    }

    private void save() {
        title.setInvalid(false);
        instructions.setInvalid(false);
        problem.setVisible(false);
        try {
            action.save(title.getValue(), instructions.getValue(), allowAnonymous.getValue());
            close();
        } catch (UserFacingException refusal) {
            String message = UserMessages.text(this, refusal);
            Object[] arguments = refusal.messageArguments();
            String field = arguments.length > 0 && arguments[0] instanceof TranslatedArgument t ? t.key() : "";
            if (field.equals("field.title")) {
                title.setErrorMessage(message);
                title.setInvalid(true);
            } else if (field.equals("field.instructions")) {
                instructions.setErrorMessage(message);
                instructions.setInvalid(true);
            } else {
                problem.setText(message);
                problem.setVisible(true);
            }
        }
    }
}
