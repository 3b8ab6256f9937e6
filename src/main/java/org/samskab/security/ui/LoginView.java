package org.samskab.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.samskab.base.Language;
import org.samskab.base.ScreenLanguage;
import org.samskab.security.SignIn;
import org.samskab.security.SignInFormTexts;

/**
 * Sign-in, in the language this browser last used, with a language menu so a visitor can read the page before
 * anyone knows who they are. A language picked here is the member's from then on.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();
    private final Select<Language> language = new Select<>();
    private final H1 brand = new H1("Samskab");
    private final Paragraph tagline = new Paragraph();
    private final com.vaadin.flow.component.html.Anchor joinWithCode = new com.vaadin.flow.component.html.Anchor();

    private final SignIn signIn;
    /** The last sign-in failed for too many wrong passwords, not for this one (docs/adr/0201). */
    private boolean throttled;

    LoginView(SignIn signIn) {
        this.signIn = signIn;
        addClassName("login-view");
        brand.addClassName("login-brand");
        tagline.addClassName("login-tagline");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);

        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.closestTo(UI.getCurrent().getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                // Wins over the member's saved language when they sign in (they are told so).
                ScreenLanguage.pickOnSignIn(UI.getCurrent(), event.getValue());
            }
        });
        language.addClassName("login-language");

        // Someone with a gathering's code from the room's screen joins there (docs/adr/0186).
        joinWithCode.setHref("j");
        joinWithCode.addClassName("login-join-with-code");
        add(language, brand, tagline, loginForm, joinWithCode);
        applyTranslations();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        throttled = failed && SignInFormTexts.throttled();
        loginForm.setI18n(SignInFormTexts.of(this, "login.title", throttled));
        loginForm.setError(failed);
        if (!failed) {
            // Signing in here, not on a gathering's join page (docs/adr/0190): no detour into that gathering. After
            // a wrong password there, this page shows the error and the way back stays.
            signIn.forgetReturnTo("j/");
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        applyTranslations();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    private void applyTranslations() {
        tagline.setText(getTranslation("login.tagline"));
        joinWithCode.setText(getTranslation("login.join-with-code"));
        language.setAriaLabel(getTranslation("field.language"));
        language.setLabel(getTranslation("field.language"));

        loginForm.setI18n(SignInFormTexts.of(this, "login.title", throttled));
    }
}
