package org.samskab.gathering.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.GuestAdmission;
import org.samskab.gathering.JoiningService;
import org.samskab.gathering.JoiningService.Arrival;
import org.samskab.security.SignIn;
import org.samskab.security.SignInFormTexts;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * Joining a live gathering from a phone (issue 15, docs/adr/0186): {@code /j} asks for the code on the room's
 * screen, {@code /j/<code>} is what the QR code opens. A member of the gathering's network lands on the board the
 * room is on; anyone not signed in is told which gathering the code opens and signs in, or joins as a guest where
 * the facilitators let guests in (docs/adr/0187); everyone else is told plainly why not. Like Mentimeter's menti.com: one field, large, nothing else on the page.
 */
@Route(value = "j/:code?", autoLayout = false)
@AnonymousAllowed
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final JoiningService joining;
    private final SignIn signIn;
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();

    JoinView(JoiningService joining, SignIn signIn) {
        this.joining = joining;
        this.signIn = signIn;
        addClassName("join-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typed = event.getRouteParameters().get("code").orElse(null);
        removeAll();
        H1 heading = new H1(getTranslation("join.title"));
        heading.addClassName("join-heading");
        add(heading);
        if (typed == null) {
            showForm(null);
            return;
        }
        Arrival arrival;
        try {
            arrival = joining.arrive(typed, address());
        } catch (ItemNotFoundException unknown) {
            showForm(getTranslation("join.unknown"));
            return;
        } catch (UserFacingException refusal) {
            showForm(UserMessages.text(this, refusal));
            return;
        }
        if (arrival.member() && !arrival.signedIn() && arrival.boardId() == null) {
            // A guest here before the agenda has a board: nowhere to land yet.
            Paragraph wait = new Paragraph(getTranslation("join.guest-wait", arrival.gatheringTitle()));
            wait.addClassName("join-wait");
            Anchor again = new Anchor("j/" + typed, getTranslation("join.try-again"));
            again.setRouterIgnore(true);
            add(wait, again);
            return;
        }
        if (arrival.member()) {
            land(event, arrival);
            return;
        }
        Paragraph welcome = new Paragraph(getTranslation("join.welcome", arrival.gatheringTitle()));
        welcome.addClassName("join-welcome");
        add(welcome);
        if (arrival.guestsAllowed()) {
            showGuestForm(typed);
        }
        if (arrival.signedIn()) {
            Paragraph notInvited = new Paragraph(getTranslation(
                    arrival.guestsAllowed() ? "join.not-invited-guest" : "join.not-invited"));
            notInvited.addClassName("join-message");
            add(notInvited);
            return;
        }
        showSignInForm(typed, arrival.guestsAllowed());
    }

    /**
     * A member signs in right here (docs/adr/0190), with Spring Security's form like the login page's, and comes
     * back through {@code j/<code>/member} to the room's board: one page less than a link to the login page.
     */
    private void showSignInForm(String typed, boolean besideGuests) {
        if (besideGuests) {
            Paragraph member = new Paragraph(getTranslation("join.member-question"));
            member.addClassName("join-member-question");
            add(member);
        }
        LoginForm form = new LoginForm();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(SignInFormTexts.of(this, "join.sign-in"));
        // A way in beside the guest's, under the page's one h1.
        form.getElement().setProperty("headingLevel", 2);
        form.addClassName("join-sign-in-form");
        if (besideGuests) {
            // Most who arrive here are guests; the e-mail field below their form must not take their keyboard.
            form.getElement().setProperty("noAutofocus", true);
        }
        signIn.returnAfterSignIn("j/" + typed.replaceAll("[^A-Za-z0-9]", "") + "/member");
        add(form);
    }

    /**
     * Joining without an account (docs/adr/0187), where the facilitators let guests in: a name, and in. Like
     * Mentimeter and Slido, nothing else is asked.
     */
    private void showGuestForm(String typed) {
        Section guest = new Section();
        guest.addClassName("join-guest");
        H2 heading = new H2(getTranslation("join.as-guest"));
        heading.setId("join-guest-heading");
        guest.getElement().setAttribute("aria-labelledby", "join-guest-heading");
        TextField name = new TextField(getTranslation("join.guest-name"));
        name.setHelperText(getTranslation("join.guest-name-help"));
        TextLimit.on(name, TextRules.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(Autocomplete.NICKNAME);
        name.addClassName("join-guest-name");
        Button go = new Button(getTranslation("join.as-guest-go"), e -> joinAsGuest(typed, name));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClickShortcut(Key.ENTER).listenOn(name).resetFocusOnActiveElement();
        go.addClassName("join-guest-go");
        guest.add(heading, name, go);
        add(guest);
    }

    private void joinAsGuest(String typed, TextField name) {
        GuestAdmission admission;
        try {
            admission = joining.joinAsGuest(typed, name.getValue(), Language.closestTo(getLocale()), address());
        } catch (UserFacingException refusal) {
            name.setInvalid(true);
            name.setErrorMessage(UserMessages.text(this, refusal));
            name.focus();
            return;
        }
        signIn.signInAsGuest(admission.signInName());
        // On in this page: the session kept its contents under a new id, so no second page load (docs/adr/0190),
        // which is what a room full of phones scanning the code at once waits for.
        getUI().ifPresent(ui -> {
            if (admission.boardId() != null) {
                ui.navigate("boards/" + admission.boardId());
            } else {
                // No board on the agenda yet: this page again, now telling the guest to wait. (Navigating to
                // the address already shown would do nothing.)
                ui.refreshCurrentRoute(false);
            }
        });
    }

    private void showForm(@Nullable String problem) {
        code.setLabel(getTranslation("join.code"));
        code.setHelperText(getTranslation("join.code-help"));
        code.setMaxLength(20);
        code.setAutofocus(true);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.addClassName("join-code-field");
        Button go = new Button(getTranslation("join.go"), e -> go());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        go.addClassName("join-go");
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        message.addClassName("join-message");
        message.getElement().setAttribute("role", "alert");
        code.setInvalid(problem != null);
        add(message, code, go);
    }

    private void go() {
        String typed = code.getValue().strip();
        if (typed.isEmpty()) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("join.empty"));
            code.focus();
            return;
        }
        UI.getCurrent().navigate("j/" + typed.replaceAll("[^A-Za-z0-9]", ""));
    }

    /**
     * Sends a member where the code leads: the room's board, or the gathering's page before anyone was brought
     * anywhere. Without the query (signing in comes back with Spring Security's "?continue").
     */
    static void land(BeforeEnterEvent event, Arrival arrival) {
        event.forwardTo(arrival.boardId() != null ? "boards/" + arrival.boardId()
                : "gatherings/" + arrival.gatheringId(), com.vaadin.flow.router.QueryParameters.empty());
    }

    /** The address a code is typed from, which wrong codes are counted against. */
    static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · Samskab";
    }
}
