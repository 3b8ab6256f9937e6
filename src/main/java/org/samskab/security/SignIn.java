package org.samskab.security;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import org.samskab.base.ScreenLanguage;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside the UI, after they have just proved their password (accepting an invitation),
 * so they land in their network instead of on the sign-in page. Checks the password like the form does, and is
 * remembered like it.
 */
@Component
public class SignIn {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final RememberedSignIn rememberedSignIn;
    private final MemberUserDetailsService userDetails;

    SignIn(MemberUserDetailsService userDetails, PasswordEncoder passwordEncoder, RememberedSignIn rememberedSignIn) {
        this.rememberedSignIn = rememberedSignIn;
        this.userDetails = userDetails;
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        this.authenticationManager = new ProviderManager(provider);
    }

    public void signIn(String email, String password) {
        Authentication authentication = authenticationManager
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        start(authentication);
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
        start(UsernamePasswordAuthenticationToken.authenticated(guest, null, guest.getAuthorities()));
    }

    private void start(Authentication authentication) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null) {
            // A new session id, as the login form gives: a session id known before sign-in is worth nothing after.
            VaadinService.reinitializeSession(request);
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
