package org.samskab.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import org.samskab.base.InvalidInputException;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkViews.InvitationPreview;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.samskab.security.SignIn;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * Where an invitation link leads. A newcomer sets name, organisation, language and password; someone with an
 * account enters their password. Either way they are signed in and land in the network.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final SignIn signIn;
    @SuppressWarnings("NullAway.Init") // set on navigation, before anything shows
    private String token;

    final TextField name = new TextField();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Select<Language> language = new Select<>();
    final PasswordField password = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button accept = NetworkView.primary("");

    AcceptInvitationView(InvitationService invitations, SignIn signIn) {
        this.invitations = invitations;
        this.signIn = signIn;
        addClassNames("page", "narrow-page", "accept-invitation-view");
        name.setId("accept-name");
        organisation.setId("accept-organisation");
        language.setId("accept-language");
        password.setId("accept-password");
        repeatPassword.setId("accept-repeat-password");
        accept.setId("accept-submit");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Span brand = new Span("Samskab");
        brand.addClassName("app-brand");
        add(brand, new H1(getTranslation("accept.title")));
        try {
            render(invitations.preview(token));
        } catch (UserFacingException refusal) {
            Paragraph problem = new Paragraph(UserMessages.text(this, refusal));
            problem.addClassName("error-text");
            problem.setId("invitation-problem");
            add(problem, new Paragraph(getTranslation("accept.ask-coordinator")));
        }
    }

    private void render(InvitationPreview preview) {
        add(new Paragraph(getTranslation("accept.intro", preview.networkName(),
                getTranslation(preview.role().translationKey()))));
        TextField email = new TextField(getTranslation("field.email"));
        email.setValue(preview.email());
        email.setReadOnly(true);

        password.setLabel(getTranslation("field.password"));
        password.setRequired(true);
        password.setMaxLength(TextRules.PASSWORD_MAX);

        organisation.setLabel(getTranslation("field.organisation"));
        organisation.setItems(preview.organisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        preview.organisations().stream().filter(o -> Objects.equals(o.id(), preview.presetOrganisationId()))
                .findFirst().ifPresent(organisation::setValue);

        Div form = new Div();
        form.addClassName("stacked-form");
        if (preview.accountExists()) {
            form.add(new Paragraph(getTranslation("accept.existing-account")), email, organisation, password);
            accept.setText(getTranslation("accept.join"));
        } else {
            name.setLabel(getTranslation("field.name"));
            name.setRequired(true);
            TextLimit.on(name, TextRules.NAME_MAX);
            language.setLabel(getTranslation("field.language"));
            language.setItems(Language.values());
            language.setItemLabelGenerator(Language::nativeName);
            language.setValue(Language.closestTo(getLocale()));
            password.setHelperText(getTranslation("accept.password-help", TextRules.PASSWORD_MIN));
            repeatPassword.setLabel(getTranslation("field.repeat-password"));
            repeatPassword.setRequired(true);
            repeatPassword.setMaxLength(TextRules.PASSWORD_MAX);
            form.add(email, name, organisation, language, password, repeatPassword);
            accept.setText(getTranslation("accept.create-account"));
        }
        accept.addClickListener(e -> accept(preview));
        form.add(accept);
        add(form);
    }

    private void accept(InvitationPreview preview) {
        try {
            if (!preview.accountExists() && !password.getValue().equals(repeatPassword.getValue())) {
                throw new InvalidInputException("validation.passwords-differ");
            }
            var joined = invitations.accept(token, name.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().id(), language.getValue(),
                    password.getValue());
            signIn.signIn(joined.email(), password.getValue());
            // A full load, so the new UI starts with the member's own language and session.
            UI.getCurrent().getPage().setLocation("networks/" + joined.networkId());
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        } catch (org.samskab.security.SignInThrottledException throttled) {
            // Joined, but too many wrong passwords for the account lately (docs/adr/0201): signing in waits.
            UserMessages.showError(this, throttled.refusal());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accept.title") + " · Samskab";
    }
}
