package org.samskab.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.base.Language;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.NetworkSummary;
import org.samskab.security.ui.LoginView;
import org.samskab.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkViewsTest extends KaribuTest {

    @Autowired
    NetworkService networks;
    @Autowired
    InvitationService invitations;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        openUi();
        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
        assertThat(_find(NetworksView.class)).isEmpty();
    }

    @Test
    void aSignedInMemberLandsOnTheOverviewOfTheirOwnNetworks() {
        var mine = fixtures.network();
        var other = fixtures.network();
        String participant = fixtures.member(mine, NetworkRole.PARTICIPANT, "Ingrid Bakke", mine.sarpsborg());

        signInAndOpenUi(participant);
        UI.getCurrent().navigate("");

        _assertOne(NetworksView.class);
        String page = _get(NetworksView.class).getElement().getTextRecursively();
        assertThat(page).contains(mine.name()).doesNotContain(other.name()).contains("Participant");
    }

    @Test
    void theNetworkPageListsMembersGroupedByOrganisation() {
        var network = fixtures.network();
        fixtures.member(network, NetworkRole.PARTICIPANT, "Jonas Lie", network.fredrikstad());
        fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", network.sarpsborg());
        fixtures.member(network, NetworkRole.PARTICIPANT, "Nora Dahl", null);

        signInAndOpenUi(network.coordinator());
        UI.getCurrent().navigate("networks/" + network.id());
        selectTab("Members");

        List<String> headings = _find(_get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("member-groups")), H2.class).stream().map(H2::getText).toList();
        assertThat(headings).containsExactly("Fredrikstad kommune (1)", "Sarpsborg kommune (2)",
                "No organisation given (1)");
        List<String> members = _find(ListItem.class, spec -> spec.withClasses("member-item")).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(members.get(0)).contains("Jonas Lie");
        assertThat(members.get(1)).contains("Coordinator");
        assertThat(members.get(2)).contains("Ola Haugen");

        selectTab("Organisations");
        _click(_find(_get(OrganisationsPanel.class), Button.class).stream()
                .filter(b -> b.getAriaLabel().orElse("").startsWith("Rename")).findFirst().orElseThrow());
        assertThat(_find(_get(OrganisationsPanel.class), TextField.class)).hasSize(2);
        assertThat(limitsUnder(_get(OrganisationsPanel.class))).containsExactly(entry("Organisation", 120));
        assertThat(members.get(3)).contains("Nora Dahl");
    }

    @Test
    void aParticipantSeesMembersButNoInvitationsOrOrganisationManagement() {
        var network = fixtures.network();
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Emil Strand", null);

        signInAndOpenUi(participant);
        UI.getCurrent().navigate("networks/" + network.id());

        _assertOne(NetworkView.class);
        assertThat(_find(InvitationsPanel.class)).isEmpty();
        assertThat(_find(OrganisationsPanel.class)).isEmpty();
    }

    @Test
    void aNetworkIdOfAnotherNetworkInTheUrlShowsNotFoundAndNothingOfIt() {
        var mine = fixtures.network();
        var other = fixtures.network();
        String participant = fixtures.member(mine, NetworkRole.PARTICIPANT, "Per Lund", null);

        signInAndOpenUi(participant);
        UI.getCurrent().navigate("networks/" + other.id());

        assertThat(_find(NetworkView.class)).isEmpty();
        _assertOne(NotFoundView.class);
        String page = _get(NotFoundView.class).getElement().getTextRecursively();
        assertThat(page).contains("This page does not exist, or you do not have access to it.")
                .doesNotContain(other.name()).doesNotContain("Coordinator");

        // A network that does not exist at all gets exactly the same page.
        UI.getCurrent().navigate("networks/" + Long.MAX_VALUE);
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).isEqualTo(page);
        UI.getCurrent().navigate("networks/not-a-number");
        _assertOne(NotFoundView.class);
    }

    @Test
    void theInvitationFormValidatesItsFieldsAndShowsTheLink() {
        var network = fixtures.network();
        signInAndOpenUi(network.coordinator());
        UI.getCurrent().navigate("networks/" + network.id());
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(tabs.getTabCount() - 1);
        InvitationsPanel panel = _get(InvitationsPanel.class);

        _click(panel.invite);
        assertThat(panel.email.isInvalid()).isTrue();
        assertThat(panel.email.getErrorMessage()).isEqualTo("E-mail address is required.");

        _setValue(panel.email, "not-an-address");
        _click(panel.invite);
        assertThat(panel.email.isInvalid()).isTrue();
        assertThat(panel.email.getErrorMessage()).contains("valid e-mail address");
        assertThat(_find(TextField.class, spec -> spec.withClasses("invitation-link"))).isEmpty();

        _setValue(panel.email, "Sofie.Asheim@Fredrikstad.example");
        _setValue(panel.role, NetworkRole.FACILITATOR);
        _click(panel.invite);

        TextField link = _get(TextField.class, spec -> spec.withClasses("invitation-link"));
        assertThat(link.getValue()).startsWith("http://localhost:8080/invitation/");
        String open = _get(panel, ListItem.class, spec -> spec.withClasses("invitation-item")).getElement()
                .getTextRecursively();
        assertThat(open).contains("sofie.asheim@fredrikstad.example").contains("Facilitator");
    }

    @Test
    void acceptingAnInvitationCreatesTheAccountAndTheMembership() {
        var network = fixtures.network();
        String email = org.samskab.Fixtures.unique("newcomer") + "@test.example";
        String link = fixtures.as(network.coordinator(), () -> invitations
                .invite(network.id(), email, NetworkRole.PARTICIPANT, null, Language.ENGLISH).link());

        openUi();
        UI.getCurrent().navigate("invitation/" + org.samskab.Fixtures.token(link));
        AcceptInvitationView view = _get(AcceptInvitationView.class);
        assertThat(limitsUnder(view)).containsExactly(entry("Name", 100));
        _setValue(view.name, "Hanne Øye 🌿");
        view.organisation.setValue(view.organisation.getListDataView().getItems()
                .filter(o -> o.id() == network.fredrikstad()).findFirst().orElseThrow());
        _setValue(view.language, Language.NORWEGIAN_BOKMAL);
        _setValue(view.password, "a-long-password");
        _setValue(view.repeatPassword, "a-long-password");
        _click(view.accept);

        NetworkSummary joined = fixtures.as(email, () -> networks.network(network.id()));
        assertThat(joined.myRole()).isEqualTo(NetworkRole.PARTICIPANT);
        var group = fixtures.as(email, () -> networks.membersByOrganisation(network.id(), java.util.Locale.ENGLISH))
                .stream().filter(g -> g.organisationName() != null && g.organisationName().startsWith("Fredrikstad"))
                .findFirst().orElseThrow();
        assertThat(group.members()).extracting(m -> m.displayName()).containsExactly("Hanne Øye 🌿");

        // The link is used up: opening it again explains that, and offers no form.
        UI.getCurrent().navigate("invitation/" + org.samskab.Fixtures.token(link));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-problem")).getText())
                .isEqualTo("This invitation has already been used. Sign in instead.");
        assertThat(_find(AcceptInvitationView.class).getFirst().accept.isAttached()).isFalse();
    }

    /** Other features' tabs (the gatherings) come first; tests that look at members open their tab. */
    private static void selectTab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals(label)) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("No tab " + label);
    }
}
