package org.samskab.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.login.LoginI18n;

/** The sign-in form's texts, the same wherever the form is shown: the login page and a gathering's join page. */
public final class SignInFormTexts {

    private SignInFormTexts() {
    }

    /** The form's texts in {@code screen}'s language, under {@code titleKey}. */
    public static LoginI18n of(Component screen, String titleKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(screen.getTranslation(titleKey));
        form.setUsername(screen.getTranslation("field.email"));
        form.setPassword(screen.getTranslation("field.password"));
        form.setSubmit(screen.getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(screen.getTranslation("login.error.title"));
        error.setMessage(screen.getTranslation("login.error.message"));
        error.setUsername(screen.getTranslation("login.error.username-required"));
        error.setPassword(screen.getTranslation("login.error.password-required"));
        return i18n;
    }
}
