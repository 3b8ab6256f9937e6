package org.samskab.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.UserFacingException;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkPageSection;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.network.NetworkViews.NetworkSummary;
import org.samskab.network.NetworkViews.OrganisationGroup;
import org.samskab.security.SignedInMember;
import org.samskab.ui.UserMessages;

/**
 * One network: its members grouped by organisation for everyone in it; organisations and invitations for its
 * coordinators. The service decides who sees what; this view only leaves out what would be refused anyway.
 */
@Route("networks/:networkId")
@RolesAllowed(SignedInMember.ROLE_MEMBER) // not a guest (docs/adr/0187)
class NetworkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NETWORK_ID = "networkId";

    private final NetworkService networks;
    private final InvitationService invitations;
    private final List<NetworkPageSection> contributedSections;
    @SuppressWarnings("NullAway.Init") // set on navigation, before anything shows
    private NetworkSummary network;
    private final Div members = new Div();

    NetworkView(NetworkService networks, InvitationService invitations, List<NetworkPageSection> sections) {
        this.networks = networks;
        this.invitations = invitations;
        this.contributedSections = sections.stream().sorted(Comparator.comparingInt(NetworkPageSection::order))
                .toList();
        addClassNames("page", "network-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(NETWORK_ID).orElse(""));
            network = networks.network(id);
        } catch (NumberFormatException | ItemNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H1 title = new H1(network.name());
        Span role = new Span(getTranslation("network.your-role", // A member's own network: they have a role in it.
                getTranslation(Objects.requireNonNull(network.myRole()).translationKey())));
        role.getElement().getThemeList().add("badge");
        Div header = new Div(title, role);
        header.addClassName("page-header");
        add(header);
        if (network.description() != null) {
            add(new Paragraph(network.description()));
        }

        members.addClassName("member-groups");
        renderMembers();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.addClassName("network-tabs");
        contributedSections.stream().filter(s -> s.order() < 100).forEach(
                s -> tabs.add(getTranslation(s.titleKey()), s.create(network.id(), network.myRole())));
        tabs.add(getTranslation("network.tab.members"), members);
        contributedSections.stream().filter(s -> s.order() >= 100).forEach(
                s -> tabs.add(getTranslation(s.titleKey()), s.create(network.id(), network.myRole())));
        if (network.myRole() == NetworkRole.COORDINATOR) {
            tabs.add(getTranslation("network.tab.organisations"),
                    new OrganisationsPanel(network.id(), networks, this::renderMembers));
            tabs.add(getTranslation("network.tab.invitations"),
                    new InvitationsPanel(network.id(), networks, invitations));
        }
        add(tabs);
        withoutFocusableTabScroller(tabs);
    }

    /**
     * Vaadin's tabs (25.2) wrap their tabs in a scroll container with {@code tabindex="-1"}, a focusable element
     * directly inside the {@code tablist}, which may hold only tabs: screen readers then miss the tabs' structure
     * (axe-core's critical "aria-required-children"). Without the attribute the container is plain layout; the tabs
     * keep their own roving tab stop.
     */
    private static void withoutFocusableTabScroller(TabSheet tabs) {
        tabs.getElement().executeJs("""
                customElements.whenDefined('vaadin-tabs').then(async () => {
                  const list = this.querySelector('vaadin-tabs');
                  await list.updateComplete;
                  list.shadowRoot.querySelector('[part="tabs"]').removeAttribute('tabindex');
                });""");
    }

    private void renderMembers() {
        members.removeAll();
        boolean coordinator = network.myRole() == NetworkRole.COORDINATOR;
        for (OrganisationGroup group : networks.membersByOrganisation(network.id(), getLocale())) {
            String name = group.organisationId() == null ? getTranslation("network.no-organisation")
                    : group.organisationName();
            Div section = new Div();
            section.addClassName("member-group");
            // Level 2: a tab panel's headings come straight under the page's H1 (the tab itself is no heading).
            com.vaadin.flow.component.html.H2 heading = new com.vaadin.flow.component.html.H2(
                    name + " (" + group.members().size() + ")");
            section.add(heading);
            if (group.members().isEmpty()) {
                section.add(new Paragraph(getTranslation("network.organisation-empty")));
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("member-list");
                group.members().forEach(m -> list.add(memberItem(m, coordinator)));
                section.add(list);
            }
            members.add(section);
        }
    }

    private ListItem memberItem(MemberEntry member, boolean coordinator) {
        Span name = new Span(member.displayName());
        name.addClassName("member-name");
        Span email = new Span(member.email());
        email.addClassName("member-email");
        Div who = new Div(name, email);
        who.addClassName("member-who");
        Component role;
        if (coordinator) {
            Select<NetworkRole> roleSelect = new Select<>();
            roleSelect.setItems(NetworkRole.values());
            roleSelect.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
            roleSelect.setValue(member.role());
            roleSelect.addThemeVariants(SelectVariant.LUMO_SMALL);
            roleSelect.setAriaLabel(getTranslation("network.role-of", member.displayName()));
            roleSelect.addValueChangeListener(event -> {
                if (!event.isFromClient()) {
                    return;
                }
                try {
                    networks.changeRole(network.id(), member.membershipId(), event.getValue());
                    UserMessages.showSuccess(this, "network.role-changed", member.displayName());
                } catch (UserFacingException refusal) {
                    UserMessages.showError(this, refusal);
                    roleSelect.setValue(event.getOldValue());
                }
            });
            role = roleSelect;
        } else {
            Span badge = new Span(getTranslation(member.role().translationKey()));
            badge.getElement().getThemeList().add("badge contrast");
            role = badge;
        }
        ListItem item = new ListItem(who, role);
        item.addClassName("member-item");
        return item;
    }

    @Override
    public String getPageTitle() {
        return (network == null ? "" : network.name() + " · ") + "Samskab";
    }

    /** Used by panels to show a primary button consistently. */
    static Button primary(String text) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
