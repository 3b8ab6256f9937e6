package org.samskab.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.samskab.base.TextRules;
import org.samskab.ui.TextLimit;

/** Asks for a section's name. */
class SectionNameDialog extends Dialog {

    SectionNameDialog(String title, String fieldKey, Consumer<String> onSave) {
        setHeaderTitle(title);
        TextField name = new TextField(getTranslation(fieldKey));
        TextLimit.on(name, TextRules.TITLE_MAX);
        name.setWidthFull();
        add(name);
        Button save = new Button(getTranslation("action.save"), e -> {
            onSave.accept(name.getValue());
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> name.focus());
    }
}
