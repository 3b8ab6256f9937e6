package org.samskab.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.samskab.action.ActionService;
import org.samskab.action.ActionStatus;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.base.UserFacingException;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * One action in a list: what, whose, when, where it came from, how it went; and, for whoever may, a form to say how
 * it went (folded away, so a list stays readable on a phone).
 */
class ActionItemView extends ListItem {

    final Select<ActionStatus> status = new Select<>();
    final TextArea outcome = new TextArea();
    final Button save = new Button();

    ActionItemView(ActionView action, ActionService actions, boolean showOwner, Consumer<ActionView> changed) {
        addClassNames("action-item", "action-" + action.status().name().toLowerCase(java.util.Locale.ROOT));
        Paragraph text = new Paragraph(action.text());
        text.addClassName("action-text");
        Span badge = new Span(getTranslation(action.status().translationKey()));
        badge.getElement().getThemeList().add(action.open() ? "badge" : "badge success");
        badge.addClassName("action-status");
        Div head = new Div(text, badge);
        head.addClassName("action-head");
        add(head);
        List<String> meta = new ArrayList<>();
        if (showOwner) {
            meta.add(action.ownerName());
        }
        if (action.dueOn() != null) {
            meta.add(getTranslation("action.due-on", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).format(action.dueOn())));
        }
        meta.add(action.gatheringTitle() == null ? action.networkName()
                : action.networkName() + " › " + action.gatheringTitle());
        Span about = new Span(String.join(" · ", meta));
        about.addClassName("action-meta");
        add(about);
        if (action.sourceText() != null) {
            Paragraph source = new Paragraph(getTranslation("action.from-note", action.sourceText()));
            source.addClassName("action-source");
            add(source);
        }
        if (action.outcome() != null) {
            Paragraph happened = new Paragraph(action.outcome());
            happened.addClassName("action-outcome");
            add(happened);
        }
        if (action.mayConclude()) {
            status.setLabel(getTranslation("field.action-status"));
            status.setItems(ActionStatus.values());
            status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
            status.setValue(action.status());
            outcome.setLabel(getTranslation("field.action-outcome"));
            outcome.setValue(action.outcome() == null ? "" : action.outcome());
            outcome.setWidthFull();
            TextLimit.on(outcome, ActionService.OUTCOME_MAX);
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                try {
                    changed.accept(actions.conclude(action.id(), status.getValue(), outcome.getValue()));
                    UserMessages.showSuccess(this, "action.saved");
                } catch (UserFacingException refusal) {
                    UserMessages.showError(this, refusal);
                }
            });
            Div form = new Div(status, outcome, save);
            form.addClassName("action-conclude");
            Details howItWent = new Details(getTranslation("action.how-it-went"), form);
            howItWent.addClassName("action-how");
            add(howItWent);
        }
    }
}
