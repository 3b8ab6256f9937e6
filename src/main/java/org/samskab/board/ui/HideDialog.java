package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.samskab.ui.TextLimit;

/** Asks a facilitator why a post is to be hidden; the reason is required and goes into the history. */
class HideDialog extends Dialog {

    final TextField reason = new TextField();
    final Button hide = new Button();

    /** @param onHide hides with the reason; returns the refusal's text, or null when it is hidden */
    HideDialog(String postText, Function<String, @Nullable String> onHide) {
        setHeaderTitle(getTranslation("wall.hide-title"));
        addClassName("hide-dialog");
        setWidth("32rem");
        setMaxWidth("100%");
        Paragraph quote = new Paragraph(postText);
        quote.addClassName("hide-quote");
        Paragraph text = new Paragraph(getTranslation("wall.hide-text"));
        reason.setLabel(getTranslation("field.hide-reason"));
        reason.setHelperText(getTranslation("wall.hide-reason-help"));
        TextLimit.on(reason, BoardServiceCalls.HIDE_REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(quote, text, reason);
        hide.setText(getTranslation("wall.hide"));
        hide.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        hide.addClickListener(e -> {
            String refusal = onHide.apply(reason.getValue());
            if (refusal == null) {
                close();
            } else {
                reason.setErrorMessage(refusal);
                reason.setInvalid(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, hide);
        addOpenedChangeListener(e -> reason.focus());
    }
}
