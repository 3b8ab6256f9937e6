package org.samskab.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.samskab.base.InvalidInputException;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.member.MemberProfile;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.MyMembership;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.samskab.security.SignedInMember;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/** The member's own name, language, password, and organisation in each network. */
@Route("profile")
@RolesAllowed(SignedInMember.ROLE_MEMBER) // not a guest (docs/adr/0187)
@Menu(title = "menu.profile", icon = "vaadin:user", order = 5)
class ProfileView extends Main implements HasDynamicTitle {

    private final MemberService members;

    final TextField name = new TextField();
    final Select<Language> language = new Select<>();
    final Button save;
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button changePassword;

    ProfileView(MemberService members, NetworkService networks,
            org.samskab.profile.AccountService accounts,
            com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.members = members;
        addClassNames("page", "narrow-page", "profile-view");
        MemberProfile profile = members.myProfile();

        TextField email = new TextField(getTranslation("field.email"));
        email.setValue(profile.email());
        email.setReadOnly(true);
        name.setLabel(getTranslation("field.name"));
        name.setValue(profile.displayName());
        TextLimit.on(name, TextRules.NAME_MAX);
        name.setRequired(true);
        language.setLabel(getTranslation("field.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(profile.language());
        save = new Button(getTranslation("action.save"), e -> saveProfile());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div account = new Div(email, name, language, save);
        account.addClassName("stacked-form");

        currentPassword.setLabel(getTranslation("field.current-password"));
        newPassword.setLabel(getTranslation("field.new-password"));
        newPassword.setHelperText(getTranslation("accept.password-help", TextRules.PASSWORD_MIN));
        newPassword.setMaxLength(TextRules.PASSWORD_MAX);
        repeatPassword.setLabel(getTranslation("field.repeat-password"));
        changePassword = new Button(getTranslation("profile.change-password"), e -> changePassword());
        Div password = new Div(currentPassword, newPassword, repeatPassword, changePassword);
        password.addClassName("stacked-form");

        add(new H1(getTranslation("profile.title")), account, new H2(getTranslation("profile.networks")));
        var memberships = networks.myMemberships();
        if (memberships.isEmpty()) {
            add(new Paragraph(getTranslation("networks.empty")));
        }
        for (MyMembership membership : memberships) {
            add(organisationChoice(membership, networks));
        }
        add(new H2(getTranslation("profile.password")), password);
        add(new YourDataSection(accounts, authentication::logout));
    }

    private ComboBox<OrganisationSummary> organisationChoice(MyMembership membership, NetworkService networks) {
        ComboBox<OrganisationSummary> choice = new ComboBox<>(getTranslation("profile.organisation-in",
                membership.networkName(), getTranslation(membership.role().translationKey())));
        choice.setItems(membership.organisations());
        choice.setItemLabelGenerator(OrganisationSummary::name);
        choice.setClearButtonVisible(true);
        choice.addClassName("organisation-choice");
        membership.organisations().stream().filter(o -> Objects.equals(o.id(), membership.organisationId()))
                .findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                networks.changeMyOrganisation(membership.networkId(), e.getValue() == null ? null : e.getValue().id());
                UserMessages.showSuccess(this, "profile.saved");
            } catch (UserFacingException refusal) {
                UserMessages.showError(this, refusal);
            }
        });
        return choice;
    }

    private void saveProfile() {
        try {
            MemberProfile saved = members.updateMyProfile(name.getValue(), language.getValue());
            VaadinSession.getCurrent().setLocale(saved.language().locale());
            UI.getCurrent().setLocale(saved.language().locale());
            UserMessages.showSuccess(this, "profile.saved");
            // Reload, so every label on the page is in the chosen language.
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }

    private void changePassword() {
        try {
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                throw new InvalidInputException("validation.passwords-differ");
            }
            members.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            UserMessages.showSuccess(this, "profile.password-changed");
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Samskab";
    }
}
