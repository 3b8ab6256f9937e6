package org.samskab.security;

import org.jspecify.annotations.Nullable;
import org.samskab.member.PasswordAttempts;
import org.samskab.member.PasswordsPausedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind every sign-in with a password (the form on the login and join pages, and accepting an
 * invitation), throttled per account and per address (docs/adr/0201). What it signs in carries no password hash:
 * the principal lives in the HTTP session for as long as the member is signed in.
 */
class ThrottledPasswordCheck extends DaoAuthenticationProvider {

    private final PasswordAttempts attempts;

    ThrottledPasswordCheck(MemberUserDetailsService members, PasswordEncoder passwordEncoder,
            PasswordAttempts attempts) {
        super(members);
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName() == null ? "" : authentication.getName();
        String address = address(authentication);
        try {
            // Counted before the hash is checked; an unknown address counts as a wrong password.
            attempts.begin(account, address);
        } catch (PasswordsPausedException paused) {
            throw new SignInThrottledException();
        }
        Authentication signedIn;
        try {
            signedIn = super.authenticate(authentication);
        } catch (AuthenticationException wrong) {
            attempts.failed(account, address);
            throw wrong;
        }
        attempts.succeeded(account, address);
        return signedIn;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
            UserDetails user) {
        return super.createSuccessAuthentication(SignedInMember.withoutPassword(principal), authentication, user);
    }

    /** The address the attempt came from: the form's details, else the request being answered (an invitation). */
    private static @Nullable String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return PasswordAttempts.currentAddress();
    }
}
