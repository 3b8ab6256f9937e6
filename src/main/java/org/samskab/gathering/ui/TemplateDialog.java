package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.samskab.base.UserFacingException;
import org.samskab.gathering.TemplateService;
import org.samskab.gathering.TemplateViews.TemplateBoard;
import org.samskab.gathering.TemplateViews.TemplateSummary;
import org.samskab.ui.UserMessages;

/**
 * Lists the built-in templates and the network's own, each with the boards it adds (kind and title), and adds a
 * chosen one's boards to the agenda. Every template is a list item with its own labelled button, so it works from
 * the keyboard and with a screen reader, and the cards stack on a phone.
 */
class TemplateDialog extends Dialog {

    private final TemplateService templates;
    private final long networkId;
    private final long gatheringId;
    private final Consumer<String> applied;
    final UnorderedList list = new UnorderedList();

    /** {@code applied} is told the template's name once its boards are on the agenda. */
    TemplateDialog(TemplateService templates, long networkId, long gatheringId, Consumer<String> applied) {
        this.templates = templates;
        this.networkId = networkId;
        this.gatheringId = gatheringId;
        this.applied = applied;
        setHeaderTitle(getTranslation("template.dialog.title"));
        addClassName("template-dialog");
        setWidth("48rem");
        setMaxWidth("100%");
        list.addClassName("template-list");
        list.getElement().setAttribute("role", "list");
        add(list);
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
        render();
    }

    private void render() {
        list.removeAll();
        for (TemplateSummary template : templates.templates(networkId)) {
            list.add(item(template));
        }
    }

    private ListItem item(TemplateSummary template) {
        H3 name = new H3(template.name());
        name.addClassName("template-name");
        Span origin = new Span(getTranslation(template.builtIn() != null ? "template.built-in"
                : "template.saved-by-network"));
        origin.getElement().getThemeList().add(template.builtIn() != null ? "badge contrast" : "badge");
        Div header = new Div(name, origin);
        header.addClassName("template-header");
        ListItem item = new ListItem(header);
        item.addClassName("template-item");
        if (template.description() != null) {
            Paragraph description = new Paragraph(template.description());
            description.addClassName("template-description");
            item.add(description);
        }
        OrderedList boards = new OrderedList();
        boards.addClassName("template-boards");
        boards.getElement().setAttribute("aria-label", getTranslation("template.boards-of", template.name()));
        for (TemplateBoard board : template.boards()) {
            Span kind = new Span(getTranslation(board.kind().translationKey()));
            kind.addClassName("template-board-kind");
            boards.add(new ListItem(kind, new Span(board.title())));
        }
        item.add(boards);

        Button add = new Button(getTranslation("template.add-to-agenda"), VaadinIcon.PLUS.create(),
                e -> apply(template));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("apply-template");
        add.setAriaLabel(getTranslation("template.add-to-agenda.label", template.name()));
        Div actions = new Div(add);
        actions.addClassName("template-actions");
        if (template.id() != null) {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(template));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            delete.addClassName("delete-template");
            delete.setAriaLabel(getTranslation("template.delete.label", template.name()));
            delete.setTooltipText(getTranslation("template.delete.label", template.name()));
            actions.add(delete);
        }
        item.add(actions);
        return item;
    }

    private void apply(TemplateSummary template) {
        try {
            List<?> added = template.id() != null ? templates.apply(gatheringId, template.id())
                    : templates.apply(gatheringId, Objects.requireNonNull(template.builtIn()));
            close();
            applied.accept(template.name());
            UserMessages.showSuccess(this, "template.applied", added.size(), template.name());
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }

    private void confirmDelete(TemplateSummary template) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("template.delete.title", template.name()));
        confirm.setText(getTranslation("template.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("template.delete.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                templates.delete(Objects.requireNonNull(template.id())); // only saved templates offer it
                UserMessages.showSuccess(this, "template.deleted", template.name());
            } catch (UserFacingException refusal) {
                UserMessages.showError(this, refusal);
            }
            render();
        });
        confirm.open();
    }
}
