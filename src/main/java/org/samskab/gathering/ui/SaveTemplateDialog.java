package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.samskab.base.TextRules;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.base.UserFacingException;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/** Asks for a new template's name and description, for a board or a whole agenda. */
class SaveTemplateDialog extends Dialog {

    /** Stores the template; throws the service's refusal when it does not. */
    @FunctionalInterface
    interface SaveAction {
        void save(String name, String description);
    }

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Paragraph problem = new Paragraph();
    final Button save;
    private final SaveAction action;

    SaveTemplateDialog(String header, String suggestedName, SaveAction action) {
        this.action = action;
        setHeaderTitle(header);
        addClassName("save-template-dialog");
        setWidth("32rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        name.setLabel(getTranslation("field.name"));
        TextLimit.on(name, TextRules.TITLE_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setValue(suggestedName == null ? "" : suggestedName);
        description.setLabel(getTranslation("field.description"));
        TextLimit.on(description, TextRules.DESCRIPTION_MAX);
        description.setWidthFull();
        problem.addClassName("error-text");
        problem.setVisible(false);
        Paragraph help = new Paragraph(getTranslation("template.save.help"));
        help.addClassName("dialog-help");
        Div fields = new Div(help, problem, name, description);
        fields.addClassName("dialog-fields");
        add(fields);
        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-template");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    private void save() {
        name.setInvalid(false);
        description.setInvalid(false);
        problem.setVisible(false);
        try {
            action.save(name.getValue(), description.getValue());
            close();
        } catch (UserFacingException refusal) {
            String message = UserMessages.text(this, refusal);
            Object[] arguments = refusal.messageArguments();
            String field = arguments.length > 0 && arguments[0] instanceof TranslatedArgument t ? t.key() : "";
            if (field.equals("field.name")) {
                name.setErrorMessage(message);
                name.setInvalid(true);
            } else if (field.equals("field.description")) {
                description.setErrorMessage(message);
                description.setInvalid(true);
            } else {
                problem.setText(message);
                problem.setVisible(true);
            }
        }
    }
}
