package org.samskab.gathering.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.samskab.base.UserFacingException;
import org.samskab.gathering.JoiningService;
import org.samskab.gathering.JoiningService.Arrival;
import org.samskab.security.SignIn;

/**
 * {@code /j/<code>/member}: where the join page's sign-in form sends a member back to (docs/adr/0190). It needs a
 * signed-in member, so anyone else is sent to sign in first and comes back here; then it goes on as the join page
 * does (docs/adr/0186).
 */
@Route(value = "j/:code/member", autoLayout = false)
@PermitAll
class JoinAsMemberView extends Div implements BeforeEnterObserver {

    private final JoiningService joining;
    private final SignIn signIn;

    JoinAsMemberView(JoiningService joining, SignIn signIn) {
        this.joining = joining;
        this.signIn = signIn;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        signIn.forgetReturnTo("j/"); // here it is: used
        try {
            Arrival arrival = joining.arrive(code, JoinView.address());
            if (arrival.member() && (arrival.signedIn() || arrival.boardId() != null)) {
                JoinView.land(event, arrival);
                return;
            }
        } catch (UserFacingException refusal) {
            // The join page says why.
        }
        event.forwardTo("j/" + code, com.vaadin.flow.router.QueryParameters.empty());
    }
}
