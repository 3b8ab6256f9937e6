package org.samskab.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.KaribuTest;
import org.samskab.base.Language;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTest extends KaribuTest {

    @Autowired
    MemberService members;
    @Autowired
    NetworkService networks;

    @Test
    void aMemberChangesNameLanguageAndOrganisationAndTheyAreStored() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Lars Berg", network.sarpsborg());
        signInAndOpenUi(email);
        UI.getCurrent().navigate("profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(limitsUnder(view)).containsExactly(entry("Name", 100));

        _setValue(view.name, "Lars Åge Berg");
        _setValue(view.language, Language.DANISH);
        _click(view.save);

        var profile = members.findByEmail(email).orElseThrow();
        assertThat(profile.displayName()).isEqualTo("Lars Åge Berg");
        assertThat(profile.language()).isEqualTo(Language.DANISH);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("da");

        @SuppressWarnings("unchecked")
        ComboBox<OrganisationSummary> organisation = _get(ComboBox.class,
                spec -> spec.withClasses("organisation-choice"));
        organisation.getListDataView().getItems().filter(o -> o.id() == network.fredrikstad()).findFirst()
                .ifPresent(o -> _setValue(organisation, o));
        var groups = fixtures.as(email, () -> networks.membersByOrganisation(network.id(), Locale.ENGLISH));
        assertThat(groups.stream().filter(g -> "Fredrikstad kommune".equals(g.organisationName())).findFirst()
                .orElseThrow().members()).extracting(m -> m.displayName()).containsExactly("Lars Åge Berg");
    }

    @Test
    void aTooLongNameIsRefusedWithAMessageAndNothingIsStored() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Nora Dahl", null);
        signInAndOpenUi(email);
        UI.getCurrent().navigate("profile");
        ProfileView view = _get(ProfileView.class);

        view.name.setMaxLength(0); // a client can send more than the field allows; the service must refuse it
        _setValue(view.name, "N".repeat(101));
        _click(view.save);

        expectNotifications("Name can be at most 100 characters.");
        assertThat(members.findByEmail(email).orElseThrow().displayName()).isEqualTo("Nora Dahl");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndTheOldPasswordStillWorks() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Lund", null);
        signInAndOpenUi(email);
        UI.getCurrent().navigate("profile");
        ProfileView view = _get(ProfileView.class);

        _setValue(view.currentPassword, "not-my-password");
        _setValue(view.newPassword, "a-brand-new-password");
        _setValue(view.repeatPassword, "a-brand-new-password");
        _click(view.changePassword);

        expectNotifications("The password is not correct.");
        long id = members.findByEmail(email).orElseThrow().id();
        assertThat(members.passwordMatches(id, Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void deletingTheAccountSaysWhatItMeansAndAsksForThePasswordAgain() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Siri Lie", null);
        signInAndOpenUi(email);
        UI.getCurrent().navigate("profile");
        YourDataSection data = _get(YourDataSection.class);
        assertThat(data.download.getElement().getAttribute("href")).isNotBlank();

        _click(data.delete);
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getElement().getTextRecursively())
                .contains("Your posts stay on the boards, but anonymous", "cannot be undone");
        _setValue(data.password, "not my password");
        _click(data.confirm);
        assertThat(data.password.isInvalid()).isTrue();
        assertThat(data.password.getErrorMessage()).isEqualTo("That is not your password. Your account was not "
                + "deleted.");
        assertThat(members.findByEmail(email)).isPresent();
    }
}
