package org.samskab.base;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The language one screen speaks: its views, and what the page shows outside any view (the banner while the
 * server cannot be reached). The browser remembers the last language in a cookie, so the sign-in page speaks
 * it after signing out, after a restart, or when the session has run out, before the browser's own language.
 */
public final class ScreenLanguage {

    static final String COOKIE = "samskab-language";
    private static final long COOKIE_SECONDS = Duration.ofDays(365).toSeconds();
    private static final String PICKED_ON_SIGN_IN = ScreenLanguage.class.getName() + ".pickedOnSignIn";

    private ScreenLanguage() {
    }

    /** Shows this screen, and the session's next ones, in the language. */
    public static void show(UI ui, Language language) {
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        // Vaadin's client hands these to its connection indicator (reconnectingText, offlineText).
        ReconnectDialogConfiguration connection = ui.getReconnectDialogConfiguration();
        connection.setDialogText(ui.getTranslation("connection.reconnecting"));
        connection.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
        // The indicator's own "back online" text has no server API; it is also where screen readers hear
        // the connection state, hence the live region.
        ui.getPage().executeJs("""
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) {
                  indicator.onlineText = $0;
                  indicator.setAttribute('role', 'status');
                  indicator.setAttribute('aria-live', 'polite');
                }
                """, ui.getTranslation("connection.online"));
    }

    /** Remembers the language in this browser, for its sign-in page. */
    public static void remember(UI ui, Language language) {
        ui.getPage().executeJs("document.cookie = $0",
                COOKIE + "=" + language.code() + "; Path=/; Max-Age=" + COOKIE_SECONDS + "; SameSite=Lax");
    }

    /** The language this browser last used, if it remembers one. */
    public static Optional<Language> remembered(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                        .flatMap(c -> Language.fromCode(c.getValue()));
    }

    /**
     * A language picked on the sign-in page: shown and remembered now, and kept in the session (which signing in
     * keeps) so that it wins over the member's saved language once they are signed in.
     */
    public static void pickOnSignIn(UI ui, Language language) {
        show(ui, language);
        remember(ui, language);
        ui.getSession().getSession().setAttribute(PICKED_ON_SIGN_IN, language);
    }

    /** Forgets a language picked on the sign-in page: the person signed in another way, choosing there. */
    public static void forgetPickOnSignIn(VaadinSession session) {
        takePickedOnSignIn(session);
    }

    /** The language picked on the sign-in page in this session, once: asking forgets it. */
    public static Optional<Language> takePickedOnSignIn(VaadinSession session) {
        WrappedSession httpSession = session.getSession();
        if (httpSession == null) {
            return Optional.empty();
        }
        Object picked = httpSession.getAttribute(PICKED_ON_SIGN_IN);
        httpSession.removeAttribute(PICKED_ON_SIGN_IN);
        return picked instanceof Language language ? Optional.of(language) : Optional.empty();
    }
}
