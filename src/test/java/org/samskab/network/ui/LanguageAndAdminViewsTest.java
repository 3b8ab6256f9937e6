package org.samskab.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.KaribuTest;
import org.samskab.base.Language;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageAndAdminViewsTest extends KaribuTest {

    @Autowired
    MemberService members;
    @Autowired
    NetworkService networks;
    @Autowired
    org.samskab.network.InvitationService invitations;

    @Test
    void theMembersStoredLanguageIsAppliedAtSignIn() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Mette", null);
        long id = members.findByEmail(email).orElseThrow().id();
        members.updateProfile(id, "Mette", Language.DANISH);

        signInAndOpenUi(email);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("da");
        assertThat(_get(NetworksView.class).getElement().getTextRecursively()).contains("Dine netværk")
                .contains("Deltager");
    }

    @Test
    void aVisitorChoosesTheLanguageOfTheLoginPageBeforeSigningIn() {
        openUi();
        UI.getCurrent().navigate("login");
        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, spec -> spec.withClasses("login-language"));

        _setValue(language, Language.NORWEGIAN_BOKMAL);

        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("nb");
        assertThat(_get(LoginView.class).getElement().getTextRecursively())
                .contains("Der læringsnettverk skaper sammen");
    }

    @Test
    void aSiteAdministratorCreatesANetworkAndGetsTheFirstCoordinatorsLink() {
        String admin = fixtures.siteAdmin();
        signInAndOpenUi(admin);
        UI.getCurrent().navigate("admin");
        AdminView view = _get(AdminView.class);
        assertThat(limitsUnder(view)).containsExactly(entry("Network name", 120), entry("Description", 1000));
        String name = Fixtures.unique("Læringsnettverk Agder 🌊");

        _setValue(view.name, name);
        _setValue(view.coordinatorEmail, "koordinator@agder.example");
        _click(view.create);

        String link = _get(TextField.class, spec -> spec.withClasses("invitation-link")).getValue();
        assertThat(link).contains("/invitation/");
        assertThat(view.getElement().getTextRecursively()).contains(name);
        assertThat(fixtures.as(admin, () -> networks.allNetworks()))
                .anySatisfy(n -> assertThat(n.name()).isEqualTo(name));
    }

    @Test
    void aSiteAdministratorInvitesANewCoordinatorToAnExistingNetwork() {
        var network = fixtures.network();
        String admin = fixtures.siteAdmin();
        signInAndOpenUi(admin);
        UI.getCurrent().navigate("admin");
        var button = _find(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("invite-coordinator")).stream()
                .filter(b -> b.getAriaLabel().orElse("").endsWith(network.name())).findFirst().orElseThrow();

        _click(button);
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.EmailField.class), "new.coordinator@test.example");
        _click(_get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Create invitation")));

        String link = _get(TextField.class, spec -> spec.withClasses("invitation-link")).getValue();
        var preview = fixtures.as(admin, () -> invitations.preview(Fixtures.token(link)));
        assertThat(preview.networkName()).isEqualTo(network.name());
        assertThat(preview.role()).isEqualTo(NetworkRole.COORDINATOR);
    }

    @Test
    void aCoordinatorWhoIsNotSiteAdministratorCannotOpenTheAdministrationPage() {
        var network = fixtures.network();
        signInAndOpenUi(network.coordinator());

        // Karibu reports Vaadin's access denial as an exception; a browser gets the "not found" page.
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin")).hasMessageContaining("Access is denied");
        assertThat(_find(AdminView.class)).isEmpty();
    }
}
