package org.samskab.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Map;
import org.samskab.base.Language;
import org.samskab.base.ScreenLanguage;
import org.samskab.base.UserFacingException;
import org.samskab.database.DatabaseReachability;
import org.samskab.member.MemberService;
import org.samskab.security.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies to every UI: its language (see {@link #applyLanguage}), and an error handler that shows a refused action
 * as a translated message instead of an error page: the service's refusal, a clash, the database gone (saving
 * paused, docs/adr/0208) or too busy (overload), each told apart. An address no route takes is answered with HTTP 404.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    private final CurrentMember currentMember;
    private final MemberService members;
    private final OverloadLog overload;
    private final DatabaseReachability database;

    UiSetup(CurrentMember currentMember, MemberService members, OverloadLogging overloadLogging,
            DatabaseReachability database) {
        this.currentMember = currentMember;
        this.members = members;
        this.overload = overloadLogging.filter;
        this.database = database;
    }

    /**
     * A signed-in member's screen speaks their saved language, unless they picked another on the sign-in page
     * just now: that one wins, is saved, and they are told so (in it). Before sign-in: the language this browser
     * last used, else the browser's own.
     */
    private void applyLanguage(UI ui) {
        var member = currentMember.find();
        if (member.isEmpty()) {
            ScreenLanguage.show(ui, ScreenLanguage.remembered(VaadinRequest.getCurrent())
                    .orElse(Language.closestTo(ui.getSession().getLocale())));
            return;
        }
        Language saved;
        try {
            saved = members.myProfile().language();
        } catch (RuntimeException failure) {
            if (!database.reportFailure(failure)) {
                throw failure;
            }
            // The database is gone (saving paused): the page opens in this browser's language meanwhile.
            ScreenLanguage.show(ui, ScreenLanguage.remembered(VaadinRequest.getCurrent())
                    .orElse(Language.closestTo(ui.getSession().getLocale())));
            return;
        }
        Language language = ScreenLanguage.takePickedOnSignIn(ui.getSession()).orElse(saved);
        ScreenLanguage.show(ui, language);
        ScreenLanguage.remember(ui, language);
        if (language != saved) {
            members.changeMyLanguage(language);
            Notification.show(ui.getTranslation("login.language-saved", language.nativeName()), 8000,
                    Notification.Position.BOTTOM_CENTER).addClassName("language-saved");
        }
    }

    /** Whether the failure came while committing (Spring's or Hibernate's commit failed), not before. */
    private static boolean mayHaveCommitted(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.transaction.TransactionSystemException
                    || cause.getClass().getName().equals("org.hibernate.TransactionException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConcurrentClash(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException
                    || cause instanceof OptimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first request for a page normally answers 200 with Vaadin's bootstrap page, and the view is chosen on the
     * next request. For an address no route takes, the first answer builds the UI at once (Vaadin's "eager server
     * load") so the router's 404 from {@link NotFoundView} becomes the page's status, as a browser, crawler or link
     * checker expects. Every other page loads as before.
     */
    private static void answerUnknownAddressesWith404(VaadinService service) {
        BootstrapInitialPredicate usual = service.getBootstrapInitialPredicate();
        service.setBootstrapInitialPredicate(request -> usual.includeInitialUidl(request)
                || service.getRouter().resolveNavigationTarget(pathOf(request), Map.of()).isEmpty());
    }

    private static String pathOf(VaadinRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.replaceFirst("^/", "");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            Throwable cause = error.getThrowable();
            while (cause != null && !(cause instanceof UserFacingException)) {
                cause = cause.getCause();
            }
            if (ui != null && cause instanceof UserFacingException refusal) {
                UserMessages.showError(ui, refusal);
                return;
            }
            if (ui != null && isConcurrentClash(error.getThrowable())) {
                // Two people did the same thing at once; the database refused the second. Nothing changed.
                log.info("Refused a clashing change: {}", error.getThrowable().getMessage());
                Notification.show(ui.getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            if (database.reportFailure(error.getThrowable())) {
                // The database is gone (not busy): nothing was saved, and the screen says saving is paused.
                if (ui != null) {
                    SavingPausedBanner.show(ui);
                    // A connection lost while committing may have been lost after the database committed: then the
                    // member is told to look again once saving works. Any other failure left nothing behind.
                    String key = mayHaveCommitted(error.getThrowable()) ? "saving.maybe-not-saved" : "saving.not-saved";
                    Notification.show(ui.getTranslation(key), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                return;
            }
            if (overload.refused(error.getThrowable(), "the UI's error handler")) {
                // Too much at once (no database connection in time, a time-out): counted, not traced.
                if (ui != null) {
                    Notification.show(ui.getTranslation("error.busy"), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                return;
            }
            log.error("Unexpected error in the UI", error.getThrowable());
            if (ui != null) {
                Notification.show(ui.getTranslation("error.unexpected"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
        answerUnknownAddressesWith404(event.getSource());
        event.getSource().addUIInitListener(uiEvent -> applyLanguage(uiEvent.getUI()));
    }
}
