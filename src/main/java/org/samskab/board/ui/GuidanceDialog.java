package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.ui.TextLimit;

/** A facilitator edits a stage's guiding questions or a step's instruction, and a timed step's minutes. */
class GuidanceDialog extends Dialog {

    @FunctionalInterface
    interface SaveAction {
        /** @return true when stored */
        boolean save(String guidance, @Nullable Integer minutes);
    }

    final TextArea guidance = new TextArea();
    final IntegerField minutes = new IntegerField();
    final Button save;

    GuidanceDialog(String sectionTitle, SectionState section, @Nullable String defaultGuidance,
            SaveAction action) {
        setHeaderTitle(getTranslation("board.edit-guidance", sectionTitle));
        addClassName("guidance-dialog");
        setWidth("36rem");
        setMaxWidth("100%");
        guidance.setLabel(getTranslation("field.guidance"));
        guidance.setWidthFull();
        guidance.setMinHeight("10rem");
        guidance.setValue(section.guidance() == null ? "" : section.guidance());
        if (defaultGuidance != null) {
            guidance.setPlaceholder(defaultGuidance);
            guidance.setHelperText(getTranslation("board.guidance-help"));
        }
        TextLimit.on(guidance, BoardServiceCalls.GUIDANCE_MAX);
        minutes.setLabel(getTranslation("field.minutes"));
        minutes.setMin(1);
        minutes.setMax(BoardServiceCalls.MAX_TIMER_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setVisible(section.durationSeconds() != null);
        if (section.durationSeconds() != null) {
            minutes.setValue(Math.max(1, section.durationSeconds() / 60));
        }
        Div fields = new Div(guidance, minutes);
        fields.addClassName("dialog-fields");
        add(fields);
        save = new Button(getTranslation("action.save"), e -> {
            if (action.save(guidance.getValue(), minutes.isVisible() ? minutes.getValue() : null)) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }
}
