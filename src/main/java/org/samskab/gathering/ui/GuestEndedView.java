package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.samskab.security.CurrentMember;

/**
 * Where a guest's screen goes when its place in the gathering ends (docs/adr/0187): the gathering closed or a
 * facilitator removed it. It says so, and that its posts stay; leaving ends the sign-in on this device (the
 * account already lets it in nowhere).
 */
@Route(value = "guest/ended", autoLayout = false)
@AnonymousAllowed
class GuestEndedView extends Main implements HasDynamicTitle {

    GuestEndedView(AuthenticationContext authentication, CurrentMember currentMember) {
        addClassNames("join-view", "guest-ended");
        H1 heading = new H1(getTranslation("guest.ended.title"));
        heading.addClassName("join-heading");
        Paragraph text = new Paragraph(getTranslation("guest.ended.text"));
        text.addClassName("guest-ended-text");
        add(heading, text);
        if (currentMember.find().isPresent()) {
            Button leave = new Button(getTranslation("guest.ended.leave"), e -> authentication.logout());
            leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            leave.addClassName("guest-leave");
            add(leave);
        }
        Anchor again = new Anchor("j", getTranslation("guest.ended.join-another"));
        again.setRouterIgnore(true);
        again.addClassName("guest-join-another");
        add(again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guest.ended.title") + " · Samskab";
    }
}
