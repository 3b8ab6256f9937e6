package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.samskab.base.TextRules;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardKind;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * Adds a board to the agenda (of a kind, and for a reflection wall whether its posts are anonymous) or changes
 * one: its title, its instructions, and whether notes may be anonymous.
 */
class BoardDialog extends Dialog {

    /** Stores the values; throws the service's refusal when it does not. */
    @FunctionalInterface
    interface SaveAction {
        void save(String title, String instructions, boolean allowAnonymous);
    }

    final TextField title = new TextField();
    final TextArea instructions = new TextArea();
    final Checkbox allowAnonymous = new Checkbox();
    final Paragraph problem = new Paragraph();
    final Button save;
    private final AddAction action;
    // Adding only: the kind, and for a reflection wall whether every post is anonymous
    final Select<BoardKind> kind = new Select<>();
    final Checkbox postsAnonymous = new Checkbox();

    /** Stores a new board of a kind; throws the service's refusal when it does not. */
    @FunctionalInterface
    interface AddAction {
        void save(BoardKind kind, String title, String instructions, boolean allowAnonymous, boolean postsAnonymous);
    }

    /** Adds a board: its kind first. */
    BoardDialog(String header, AddAction action) {
        this(header, "", "", false, true, action);
    }

    BoardDialog(String header, String initialTitle, @Nullable String initialInstructions,
            boolean initialAllowAnonymous, SaveAction action) {
        this(header, initialTitle, initialInstructions, initialAllowAnonymous, false,
                (kind, title, instructions, anonymous, postsAnonymous) -> action.save(title, instructions, anonymous));
    }

    private BoardDialog(String header, String initialTitle, @Nullable String initialInstructions,
            boolean initialAllowAnonymous, boolean choosingKind, AddAction action) {
        this.action = action;
        setHeaderTitle(header);
        addClassName("board-dialog");
        setWidth("36rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        title.setLabel(getTranslation("field.title"));
        TextLimit.on(title, TextRules.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValue(initialTitle == null ? "" : initialTitle);
        instructions.setLabel(getTranslation("field.instructions"));
        instructions.setHelperText(getTranslation("gathering.instructions-help"));
        TextLimit.on(instructions, TextRules.DESCRIPTION_MAX);
        instructions.setWidthFull();
        instructions.setValue(initialInstructions == null ? "" : initialInstructions);
        allowAnonymous.setLabel(getTranslation("board.allow-anonymous"));
        allowAnonymous.setValue(initialAllowAnonymous);
        problem.addClassName("error-text");
        problem.setVisible(false);
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(BoardKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(BoardKind.IDEA_BOARD);
        kind.setVisible(choosingKind);
        kind.addClassName("board-kind");
        postsAnonymous.setLabel(getTranslation("wall.posts-anonymous"));
        postsAnonymous.setHelperText(getTranslation("wall.posts-anonymous-help"));
        kind.addValueChangeListener(e -> showKindOptions());
        showKindOptions();
        Div fields = new Div(problem, kind, title, instructions, allowAnonymous, postsAnonymous);
        fields.addClassName("dialog-fields");
        add(fields);

        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    /** A reflection wall's anonymity is the wall's, for every post; an idea board lets each note choose. */
    private void showKindOptions() {
        boolean wall = kind.isVisible() && kind.getValue() == BoardKind.REFLECTION_WALL;
        postsAnonymous.setVisible(wall);
        allowAnonymous.setVisible(!wall);
    }

    private void save() {
        title.setInvalid(false);
        instructions.setInvalid(false);
        problem.setVisible(false);
        try {
            boolean wall = kind.getValue() == BoardKind.REFLECTION_WALL;
            action.save(kind.getValue(), title.getValue(), instructions.getValue(),
                    !wall && allowAnonymous.getValue(), wall && postsAnonymous.getValue());
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
