package org.samskab.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import org.samskab.base.ScreenLanguage;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside the UI, after they have just proved their password (accepting an invitation),
 * so they land in their network instead of on the sign-in page. Checks the password like the form does, and is
 * remembered like it.
 */
@Component
public class SignIn {

    /** {@code HttpSessionRequestCache}'s session attribute, documented as its default. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final RememberedSignIn rememberedSignIn;
    private final MemberUserDetailsService userDetails;

    SignIn(MemberUserDetailsService userDetails, AuthenticationManager authenticationManager,
            RememberedSignIn rememberedSignIn) {
        this.rememberedSignIn = rememberedSignIn;
        this.userDetails = userDetails;
        // The form's manager (SecurityConfig): the same throttled password check (docs/adr/0201).
        this.authenticationManager = authenticationManager;
    }

    /** Signs in with a password; too many wrong ones throw {@link SignInThrottledException} (a bad password: BadCredentials). */
    public void signIn(String email, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            attempt.setDetails(new WebAuthenticationDetails(request.getHttpServletRequest()));
        }
        start(authenticationManager.authenticate(attempt));
    }

    /**
     * Signs in a guest just let into a gathering by its code (docs/adr/0187): the code was the proof. Remembered,
     * so that a restart of the server mid-gathering does not throw the guest out; the account stops signing in
     * when the gathering closes or a facilitator removes the guest.
     */
    public void signInAsGuest(String guestEmail) {
        SignedInMember guest = userDetails.loadUserByUsername(guestEmail);
        if (!guest.guest()) {
            throw new org.samskab.base.PermissionDeniedException();
        }
        start(UsernamePasswordAuthenticationToken.authenticated(guest.withoutPassword(), null,
                guest.getAuthorities()));
    }

    /**
     * Sends the browser to {@code path} (from the portal's root, e.g. {@code j/ABCD2345/member}) after the next
     * sign-in with the form, where Spring Security would otherwise send it to the address it last kept or the
     * start page: a form shown on another page than the login page (the join page, docs/adr/0190) brings the
     * member back to what they were doing. The address is kept where Spring Security's {@code HttpSessionRequestCache}
     * (behind Vaadin's) looks for it.
     */
    public void returnAfterSignIn(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            request.getHttpServletRequest().getSession().setAttribute(SAVED_REQUEST,
                    new SimpleSavedRequest("/" + path));
        }
    }

    /**
     * Forgets an address kept by {@link #returnAfterSignIn} that starts with {@code pathPrefix}: once it has been
     * used, or when the person signs in on the login page itself, where nobody expects to be sent to a gathering
     * whose join page they happened to see earlier. An address Spring Security kept itself stays.
     */
    public void forgetReturnTo(String pathPrefix) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        var session = request == null ? null : request.getHttpServletRequest().getSession(false);
        if (session != null && session.getAttribute(SAVED_REQUEST) instanceof SimpleSavedRequest kept
                && kept.getRedirectUrl().startsWith("/" + pathPrefix)) {
            session.removeAttribute(SAVED_REQUEST);
        }
    }

    private void start(Authentication authentication) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null) {
            // A new session id, as the login form gives (Spring Security's ChangeSessionIdAuthenticationStrategy):
            // a session id known before sign-in is worth nothing after. The session itself stays, so the page and
            // its push connection go on in it (docs/adr/0190); Vaadin's reinitializeSession would move the page
            // into a new session and leave its push connection behind.
            if (request.getHttpServletRequest().getSession(false) != null) {
                request.getHttpServletRequest().changeSessionId();
            }
            // The language was chosen in the form that signs in, after anything picked on the sign-in page.
            ScreenLanguage.forgetPickOnSignIn(VaadinSession.getCurrent());
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        if (request != null && response != null) {
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
            // Remembered like a sign-in with the form. The cookie rides on this answer: push carries only
            // server-to-browser messages here, so a click arrives as an ordinary request.
            rememberedSignIn.loginSuccess(request.getHttpServletRequest(), response.getHttpServletResponse(),
                    authentication);
        }
    }
}
