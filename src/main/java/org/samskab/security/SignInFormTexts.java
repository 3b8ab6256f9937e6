package org.samskab.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.login.LoginI18n;

/** The sign-in form's texts, the same wherever the form is shown: the login page and a gathering's join page. */
public final class SignInFormTexts {

    private SignInFormTexts() {
    }

    /** The form's texts in {@code screen}'s language, under {@code titleKey}. */
    public static LoginI18n of(Component screen, String titleKey) {
        return of(screen, titleKey, false);
    }

    /**
     * The form's texts; {@code throttled}: its error says the sign-in waits for too many wrong passwords
     * (docs/adr/0201), not that this one was wrong.
     */
    public static LoginI18n of(Component screen, String titleKey, boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(screen.getTranslation(titleKey));
        form.setUsername(screen.getTranslation("field.email"));
        form.setPassword(screen.getTranslation("field.password"));
        form.setSubmit(screen.getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(screen.getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(screen.getTranslation(throttled ? "login.throttled.message" : "login.error.message",
                org.samskab.member.PasswordAttempts.WINDOW.toMinutes()));
        error.setUsername(screen.getTranslation("login.error.username-required"));
        error.setPassword(screen.getTranslation("login.error.password-required"));
        return i18n;
    }

    /**
     * Whether the sign-in that just failed in this browser was refused for too many attempts: Spring Security's
     * failure handler keeps the failure in the session for the page it redirects to.
     */
    public static boolean throttled() {
        com.vaadin.flow.server.VaadinServletRequest request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        jakarta.servlet.http.HttpSession session = request == null ? null
                : request.getHttpServletRequest().getSession(false);
        return session != null && session.getAttribute(
                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottledException;
    }
}
