package org.samskab.network.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.NetworkSummary;
import org.samskab.security.CurrentMember;
import org.samskab.security.SignedInMember;

/** The signed-in member's networks: the page they land on. */
@Route("")
// A guest lands here too ("/", the brand), and learns it is in no network (docs/adr/0187).
@RolesAllowed({SignedInMember.ROLE_MEMBER, SignedInMember.ROLE_GUEST})
@Menu(title = "menu.networks", icon = "vaadin:users", order = 0)
class NetworksView extends Main implements HasDynamicTitle {

    NetworksView(NetworkService networks, CurrentMember currentMember) {
        addClassNames("page", "networks-view");
        add(new H1(getTranslation("networks.title")));
        if (currentMember.find().filter(SignedInMember::guest).isPresent()) {
            Paragraph guest = new Paragraph(getTranslation("networks.guest"));
            guest.addClassName("empty-state");
            Anchor join = new Anchor("j", getTranslation("networks.guest-join"));
            join.setRouterIgnore(true);
            add(guest, join);
            return;
        }
        var mine = networks.myNetworks();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("networks.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("card-list");
        cards.getElement().setAttribute("role", "list");
        mine.forEach(network -> cards.add(card(network)));
        add(cards);
    }

    private Div card(NetworkSummary network) {
        String href = RouteConfiguration.forSessionScope().getUrl(NetworkView.class,
                new RouteParameters(NetworkView.NETWORK_ID, String.valueOf(network.id())));
        Anchor title = new Anchor(href, network.name());
        H2 heading = new H2(title);
        Span role = new Span(getTranslation(Objects.requireNonNull(network.myRole()).translationKey())); // their own
        role.getElement().getThemeList().add("badge");
        Span count = new Span(getTranslation("networks.member-count", network.memberCount()));
        Div meta = new Div(role, count);
        meta.addClassName("card-meta");
        Div card = new Div(heading, meta);
        if (network.description() != null) {
            card.add(new Paragraph(network.description()));
        }
        card.addClassName("card");
        card.getElement().setAttribute("role", "listitem");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("networks.title") + " · Samskab";
    }
}
