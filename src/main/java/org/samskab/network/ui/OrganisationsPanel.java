package org.samskab.network.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/** A coordinator's list of the network's organisations: add, rename, remove. */
class OrganisationsPanel extends Div {

    private final long networkId;
    private final NetworkService networks;
    private final Runnable onChange;
    private final UnorderedList list = new UnorderedList();

    OrganisationsPanel(long networkId, NetworkService networks, Runnable onChange) {
        this.networkId = networkId;
        this.networks = networks;
        this.onChange = onChange;
        addClassName("organisations-panel");

        TextField name = new TextField(getTranslation("field.organisation"));
        TextLimit.on(name, TextRules.TITLE_MAX);
        name.setPlaceholder(getTranslation("organisations.placeholder"));
        Button add = NetworkView.primary(getTranslation("organisations.add"));
        add.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        add.addClickListener(e -> {
            try {
                networks.addOrganisation(networkId, name.getValue());
                name.clear();
                refresh();
                UserMessages.showSuccess(this, "organisations.added");
            } catch (UserFacingException refusal) {
                name.setInvalid(true);
                name.setErrorMessage(UserMessages.text(this, refusal));
            }
        });
        Div form = new Div(name, add);
        form.addClassName("inline-form");
        list.addClassName("organisation-list");
        add(form, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        networks.organisations(networkId).forEach(o -> list.add(row(o)));
        onChange.run();
    }

    private ListItem row(OrganisationSummary organisation) {
        Span name = new Span(organisation.name());
        name.addClassName("organisation-name");
        Button rename = new Button(VaadinIcon.EDIT.create());
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rename.setAriaLabel(getTranslation("organisations.rename", organisation.name()));
        rename.setTooltipText(getTranslation("organisations.rename", organisation.name()));
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("organisations.remove", organisation.name()));
        remove.setTooltipText(getTranslation("organisations.remove", organisation.name()));
        ListItem item = new ListItem(name, rename, remove);
        item.addClassName("organisation-item");

        rename.addClickListener(e -> {
            TextField field = new TextField();
            field.setAriaLabel(getTranslation("field.organisation"));
            field.setValue(organisation.name());
            TextLimit.on(field, TextRules.TITLE_MAX);
            Button save = NetworkView.primary(getTranslation("action.save"));
            save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
            Button cancel = new Button(getTranslation("action.cancel"), c -> refresh());
            save.addClickListener(s -> {
                try {
                    networks.renameOrganisation(networkId, organisation.id(), field.getValue());
                    refresh();
                } catch (UserFacingException refusal) {
                    field.setInvalid(true);
                    field.setErrorMessage(UserMessages.text(this, refusal));
                }
            });
            item.removeAll();
            item.add(field, save, cancel);
            field.focus();
        });
        remove.addClickListener(e -> {
            try {
                networks.removeOrganisation(networkId, organisation.id());
                refresh();
                UserMessages.showSuccess(this, "organisations.removed", organisation.name());
            } catch (UserFacingException refusal) {
                UserMessages.showError(this, refusal);
            }
        });
        return item;
    }
}
