package org.samskab.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.samskab.action.ActionService;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.base.UserFacingException;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.ui.PickerTexts;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * "What will you try before next time?": the action, whose it is (the member's unless they choose another member
 * of the network), and when it is due; from a note, the note it came from.
 */
class RecordActionForm extends Div {

    final TextArea text = new TextArea();
    final ComboBox<MemberEntry> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final Button save = new Button();

    RecordActionForm(ActionService actions, long networkId, @Nullable Long gatheringId, @Nullable Long sourceNoteId,
            List<MemberEntry> members, long me, Consumer<ActionView> recorded) {
        addClassName("record-action-form");
        text.setLabel(getTranslation("action.what-label"));
        text.setHelperText(getTranslation("action.what-help"));
        text.setWidthFull();
        TextLimit.on(text, ActionService.TEXT_MAX);
        owner.setLabel(getTranslation("field.action-owner"));
        owner.setItems(members);
        owner.setItemLabelGenerator(MemberEntry::displayName);
        members.stream().filter(m -> m.memberId() == me).findFirst().ifPresent(owner::setValue);
        owner.setWidthFull();
        due.setLabel(getTranslation("field.action-due"));
        due.setLocale(getLocale());
        due.setI18n(PickerTexts.of(getLocale(), getTranslation("gathering.today"), getTranslation("action.cancel")));
        due.setMin(LocalDate.now());
        save.setText(getTranslation("action.record"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-action");
        save.addClickListener(e -> {
            try {
                ActionView made = actions.record(networkId, gatheringId, sourceNoteId, text.getValue(),
                        owner.getValue() == null ? null : owner.getValue().memberId(), due.getValue());
                UserMessages.showSuccess(this, "action.recorded");
                recorded.accept(made);
            } catch (UserFacingException refusal) {
                text.setInvalid(false);
                owner.setInvalid(false);
                due.setInvalid(false);
                // The field the refusal is about says it; the text is the rest.
                String key = refusal.messageKey();
                var field = key.startsWith("action.owner") ? owner : key.startsWith("action.due") ? due : text;
                field.setErrorMessage(UserMessages.text(this, refusal));
                field.setInvalid(true);
            }
        });
        add(text, owner, due);
    }
}
