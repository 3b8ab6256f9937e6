package org.samskab.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.IssuedInvitation;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.samskab.network.NetworkViews.PendingInvitation;
import org.samskab.ui.UserMessages;

/** A coordinator invites people and follows up open invitations. */
class InvitationsPanel extends Div {

    /** The form's values; checked by the binder here and again by the service. */
    static final class InvitationForm {
        private String email = "";
        private NetworkRole role = NetworkRole.PARTICIPANT;
        private @Nullable OrganisationSummary organisation;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public NetworkRole getRole() {
            return role;
        }

        public void setRole(NetworkRole role) {
            this.role = role;
        }

        public @Nullable OrganisationSummary getOrganisation() {
            return organisation;
        }

        public void setOrganisation(@Nullable OrganisationSummary organisation) {
            this.organisation = organisation;
        }
    }

    private final long networkId;
    private final InvitationService invitations;
    private final Div issued = new Div();
    private final UnorderedList open = new UnorderedList();
    private final Binder<InvitationForm> binder = new Binder<>(InvitationForm.class);

    final EmailField email = new EmailField();
    final Select<NetworkRole> role = new Select<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Button invite;

    InvitationsPanel(long networkId, NetworkService networks, InvitationService invitations) {
        this.networkId = networkId;
        this.invitations = invitations;
        addClassName("invitations-panel");

        email.setLabel(getTranslation("field.email"));
        email.setMaxLength(TextRules.EMAIL_MAX);
        email.setClearButtonVisible(true);
        // The field checks the address pattern itself before the binder does; give it the same words.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email"))
                .setMaxLengthErrorMessage(getTranslation("validation.email")));
        role.setLabel(getTranslation("field.role"));
        role.setItems(NetworkRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        organisation.setLabel(getTranslation("field.organisation-optional"));
        organisation.setItems(networks.organisations(networkId));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);

        binder.forField(email)
                .asRequired(getTranslation("validation.required", getTranslation("field.email")))
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .bind(InvitationForm::getEmail, InvitationForm::setEmail);
        // Not "required": the role starts at participant and a select cannot be emptied, and Vaadin's select puts
        // aria-required on its value button, where it is not allowed (axe-core: critical).
        binder.forField(role).bind(InvitationForm::getRole, InvitationForm::setRole);
        binder.forField(organisation).bind(InvitationForm::getOrganisation, InvitationForm::setOrganisation);
        binder.setBean(new InvitationForm());

        invite = NetworkView.primary(getTranslation("invitations.create"));
        invite.addClickListener(e -> createInvitation());

        Div form = new Div(email, role, organisation, invite);
        form.addClassName("inline-form");
        issued.addClassName("issued-invitation");
        open.addClassName("invitation-list");
        add(new Paragraph(getTranslation("invitations.intro", invitations.validForDays())), form, issued,
                new H2(getTranslation("invitations.open")), open);
        refresh();
    }

    private void createInvitation() {
        if (binder.validate().hasErrors()) {
            return;
        }
        InvitationForm form = binder.getBean();
        try {
            IssuedInvitation invitation = invitations.invite(networkId, form.getEmail(), form.getRole(),
                    form.getOrganisation() == null ? null : form.getOrganisation().id(),
                    Language.closestTo(getLocale()));
            showIssued(invitation);
            binder.setBean(new InvitationForm());
            refresh();
        } catch (UserFacingException refusal) {
            email.setInvalid(true);
            email.setErrorMessage(UserMessages.text(this, refusal));
        }
    }

    private void showIssued(IssuedInvitation invitation) {
        issued.removeAll();
        Paragraph what = new Paragraph(getTranslation(
                invitation.mailed() ? "invitations.mailed" : "invitations.copy-link", invitation.email()));
        TextField link = new TextField(getTranslation("invitations.link"));
        link.setValue(invitation.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("invitation-link");
        Button copy = new Button(getTranslation("invitations.copy"), VaadinIcon.COPY.create());
        copy.addClickListener(e -> {
            // The link is passed as a parameter, never concatenated into the script.
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    invitation.link());
            UserMessages.showSuccess(this, "invitations.copied");
        });
        issued.add(what, link, copy);
    }

    private void refresh() {
        open.removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var pending = invitations.openInvitations(networkId);
        if (pending.isEmpty()) {
            open.add(new ListItem(getTranslation("invitations.none-open")));
        }
        for (PendingInvitation invitation : pending) {
            Span who = new Span(invitation.email());
            who.addClassName("invitation-email");
            Span details = new Span(getTranslation(invitation.role().translationKey())
                    + (invitation.organisationName() == null ? "" : " · " + invitation.organisationName()) + " · "
                    + getTranslation(invitation.expired() ? "invitations.expired" : "invitations.expires",
                            format.format(invitation.expiresAt())));
            details.addClassName("invitation-details");
            Button renew = new Button(getTranslation("invitations.renew"), e -> {
                try {
                    showIssued(invitations.renew(networkId, invitation.id(), Language.closestTo(getLocale())));
                    refresh();
                } catch (UserFacingException refusal) {
                    UserMessages.showError(this, refusal);
                }
            });
            renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            renew.setAriaLabel(getTranslation("invitations.renew-for", invitation.email()));
            Button revoke = new Button(getTranslation("invitations.revoke"), e -> {
                invitations.revoke(networkId, invitation.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel(getTranslation("invitations.revoke-for", invitation.email()));
            ListItem item = new ListItem(new Div(who, details), renew, revoke);
            item.addClassName("invitation-item");
            open.add(item);
        }
    }
}
