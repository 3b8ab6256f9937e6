package org.samskab.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.IssuedInvitation;
import org.samskab.network.NetworkViews.NetworkListing;
import org.samskab.security.SignedInMember;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/** Site administration: create a network and invite its first coordinator. */
@Route("admin")
@RolesAllowed(SignedInMember.ROLE_ADMIN)
@Menu(title = "menu.admin", icon = "vaadin:cog", order = 10)
class AdminView extends Main implements HasDynamicTitle {

    private final NetworkService networks;
    private final InvitationService invitations;
    private final UnorderedList list = new UnorderedList();
    private final Div issued = new Div();

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final EmailField coordinatorEmail = new EmailField();
    final Button create;

    AdminView(NetworkService networks, InvitationService invitations) {
        this.networks = networks;
        this.invitations = invitations;
        addClassNames("page", "admin-view");

        name.setLabel(getTranslation("field.network-name"));
        TextLimit.on(name, TextRules.TITLE_MAX);
        name.setRequired(true);
        description.setLabel(getTranslation("field.description"));
        TextLimit.on(description, TextRules.DESCRIPTION_MAX);
        coordinatorEmail.setLabel(getTranslation("admin.coordinator-email"));
        coordinatorEmail.setRequired(true);
        create = NetworkView.primary(getTranslation("admin.create"));
        create.addClickListener(e -> createNetwork());

        Div form = new Div(name, description, coordinatorEmail, create);
        form.addClassName("stacked-form");
        issued.addClassName("issued-invitation");
        list.addClassName("network-list");
        add(new H1(getTranslation("admin.title")), new H2(getTranslation("admin.new-network")), form, issued,
                new H2(getTranslation("admin.networks")), list);
        refresh();
    }

    private void createNetwork() {
        try {
            // Check the address before creating anything, so a typo does not leave a network without a coordinator.
            TextRules.email(coordinatorEmail.getValue());
            var network = networks.createNetwork(name.getValue(), description.getValue());
            showIssued(invitations.inviteCoordinator(network.id(), coordinatorEmail.getValue(),
                    Language.closestTo(getLocale())));
            name.clear();
            description.clear();
            coordinatorEmail.clear();
            refresh();
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }

    private void refresh() {
        list.removeAll();
        for (NetworkListing network : networks.allNetworks()) {
            Span details = new Span(getTranslation("admin.network-counts", network.memberCount(),
                    network.coordinatorCount()));
            details.addClassName("network-counts");
            Button invite = new Button(getTranslation("admin.invite-coordinator"),
                    e -> inviteCoordinator(network));
            invite.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            invite.setAriaLabel(getTranslation("admin.invite-coordinator-for", network.name()));
            invite.addClassName("invite-coordinator");
            list.add(new ListItem(new Div(new Span(network.name()), details), invite));
        }
    }

    /** A network whose coordinator left, or whose first invitation expired unused, gets a new coordinator. */
    private void inviteCoordinator(NetworkListing network) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("admin.invite-coordinator-for", network.name()));
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setWidthFull();
        Button send = NetworkView.primary(getTranslation("invitations.create"));
        send.addClickListener(e -> {
            try {
                showIssued(invitations.inviteCoordinator(network.id(), email.getValue(),
                        Language.closestTo(getLocale())));
                dialog.close();
            } catch (UserFacingException refusal) {
                email.setInvalid(true);
                email.setErrorMessage(UserMessages.text(this, refusal));
            }
        });
        dialog.add(email);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void showIssued(IssuedInvitation invitation) {
        issued.removeAll();
        TextField link = new TextField(getTranslation("invitations.link"));
        link.setValue(invitation.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("invitation-link");
        issued.add(new Paragraph(getTranslation(invitation.mailed() ? "invitations.mailed"
                : "invitations.copy-link", invitation.email())), link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · Samskab";
    }
}
