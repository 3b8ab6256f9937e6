package org.samskab.gathering.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.UserFacingException;
import org.samskab.gathering.JoiningService;
import org.samskab.gathering.JoiningService.Arrival;
import org.samskab.ui.UserMessages;

/**
 * Joining a live gathering from a phone (issue 15, docs/adr/0186): {@code /j} asks for the code on the room's
 * screen, {@code /j/<code>} is what the QR code opens. A member of the gathering's network lands on the board the
 * room is on; anyone not signed in is told which gathering the code opens and signs in; everyone else is told
 * plainly why not. Like Mentimeter's menti.com: one field, large, nothing else on the page.
 */
@Route(value = "j/:code?", autoLayout = false)
@AnonymousAllowed
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final JoiningService joining;
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();

    JoinView(JoiningService joining) {
        this.joining = joining;
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
        if (arrival.member()) {
            land(event, arrival);
            return;
        }
        Paragraph welcome = new Paragraph(getTranslation("join.welcome", arrival.gatheringTitle()));
        welcome.addClassName("join-welcome");
        add(welcome);
        if (arrival.signedIn()) {
            Paragraph notInvited = new Paragraph(getTranslation("join.not-invited"));
            notInvited.addClassName("join-message");
            add(notInvited);
            return;
        }
        // A real request, so that signing in comes back here (Spring Security keeps the address it asked for).
        Anchor signIn = new Anchor("j/" + typed + "/member", getTranslation("join.sign-in"));
        signIn.setRouterIgnore(true);
        signIn.addClassName("join-sign-in");
        add(signIn);
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
