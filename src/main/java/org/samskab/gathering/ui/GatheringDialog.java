package org.samskab.gathering.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.samskab.base.TextRules;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.base.UserFacingException;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * Plans a gathering or changes one. The service checks every value; a refusal is shown at the field it concerns.
 */
class GatheringDialog extends Dialog {

    /** Stores the form; throws the service's refusal when it does not. */
    @FunctionalInterface
    interface SaveAction {
        void save(GatheringForm form);
    }

    final TextField title = new TextField();
    final Select<GatheringKind> kind = new Select<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final TextArea purpose = new TextArea();
    final MultiSelectComboBox<MemberEntry> facilitators = new MultiSelectComboBox<>();
    final Paragraph problem = new Paragraph();
    final Button save;

    private final Map<String, HasValidation> fieldsByKey = new LinkedHashMap<>();
    private final SaveAction action;

    GatheringDialog(String header, GatheringForm initial, List<MemberEntry> candidates, SaveAction action) {
        this.action = action;
        setHeaderTitle(header);
        addClassName("gathering-dialog");
        setWidth("44rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        title.setLabel(getTranslation("field.title"));
        TextLimit.on(title, TextRules.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(GatheringKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setRequiredIndicatorVisible(true);
        for (DateTimePicker picker : List.of(startsAt, endsAt)) {
            GatheringTimes.localise(picker, getLocale(), getTranslation("gathering.today"),
                    getTranslation("action.cancel"));
            picker.setStep(Duration.ofMinutes(15));
            picker.setRequiredIndicatorVisible(true);
            picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                    .setIncompleteInputErrorMessage(getTranslation("gathering.date-and-time"))
                    .setBadInputErrorMessage(getTranslation("gathering.bad-date-time")));
            picker.setDateAriaLabel(getTranslation("field.date"));
            picker.setTimeAriaLabel(getTranslation("field.time"));
        }
        startsAt.setLabel(getTranslation("field.starts-at"));
        endsAt.setLabel(getTranslation("field.ends-at"));
        // Moving the start moves the end with it, so the gathering keeps its length.
        startsAt.addValueChangeListener(event -> {
            LocalDateTime before = event.getOldValue();
            LocalDateTime after = event.getValue();
            if (before != null && after != null && endsAt.getValue() != null) {
                endsAt.setValue(endsAt.getValue().plus(Duration.between(before, after)));
            }
        });
        place.setLabel(getTranslation("field.place"));
        TextLimit.on(place, GatheringService.PLACE_MAX);
        place.setPlaceholder(getTranslation("gathering.place-placeholder"));
        onlineLink.setLabel(getTranslation("field.online-link"));
        TextLimit.on(onlineLink, GatheringService.LINK_MAX);
        onlineLink.setPlaceholder("https://");
        purpose.setLabel(getTranslation("field.purpose"));
        TextLimit.on(purpose, GatheringService.PURPOSE_MAX);
        purpose.setMinRows(3);
        facilitators.setLabel(getTranslation("field.facilitators"));
        facilitators.setItems(candidates);
        facilitators.setItemLabelGenerator(MemberEntry::displayName);

        title.setValue(initial.title() == null ? "" : initial.title());
        kind.setValue(initial.kind());
        startsAt.setValue(GatheringTimes.local(initial.startsAt()));
        endsAt.setValue(GatheringTimes.local(initial.endsAt()));
        place.setValue(initial.place() == null ? "" : initial.place());
        onlineLink.setValue(initial.onlineLink() == null ? "" : initial.onlineLink());
        purpose.setValue(initial.purpose() == null ? "" : initial.purpose());
        facilitators.setValue(candidates.stream().filter(c -> initial.facilitatorIds().contains(c.memberId()))
                .collect(Collectors.toSet()));

        fieldsByKey.put("field.title", title);
        fieldsByKey.put("field.kind", kind);
        fieldsByKey.put("field.starts-at", startsAt);
        fieldsByKey.put("field.ends-at", endsAt);
        fieldsByKey.put("gathering.ends-before-start", endsAt);
        fieldsByKey.put("field.place", place);
        fieldsByKey.put("field.online-link", onlineLink);
        fieldsByKey.put("field.purpose", purpose);
        fieldsByKey.put("gathering.facilitator-not-allowed", facilitators);

        FormLayout form = new FormLayout(title, kind, place, startsAt, endsAt, onlineLink, purpose, facilitators);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        form.setColspan(title, 2);
        form.setColspan(onlineLink, 2);
        form.setColspan(purpose, 2);
        form.setColspan(facilitators, 2);
        problem.addClassName("error-text");
        problem.setVisible(false);
        add(problem, form);

        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    /** A new gathering: tomorrow from nine to three, with the planner as its facilitator. */
    static GatheringForm newForm(long plannerId) {
        LocalDate tomorrow = LocalDate.now(GatheringTimes.zone()).plusDays(1);
        return new GatheringForm("", null, GatheringTimes.instant(tomorrow.atTime(LocalTime.of(9, 0))),
                GatheringTimes.instant(tomorrow.atTime(LocalTime.of(15, 0))), null, null, null, Set.of(plannerId));
    }

    private void save() {
        fieldsByKey.values().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
        GatheringForm form = new GatheringForm(title.getValue(), kind.getValue(),
                GatheringTimes.instant(startsAt.getValue()), GatheringTimes.instant(endsAt.getValue()),
                place.getValue(), onlineLink.getValue(), purpose.getValue(),
                facilitators.getValue().stream().map(MemberEntry::memberId).collect(Collectors.toSet()));
        try {
            action.save(form);
            close();
        } catch (UserFacingException refusal) {
            showRefusal(refusal);
        }
    }

    private void showRefusal(UserFacingException refusal) {
        String message = UserMessages.text(this, refusal);
        Object[] arguments = refusal.messageArguments();
        String key = arguments.length > 0 && arguments[0] instanceof TranslatedArgument field ? field.key()
                : refusal.messageKey();
        HasValidation field = fieldsByKey.get(key);
        if (field == null) {
            problem.setText(message);
            problem.setVisible(true);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
