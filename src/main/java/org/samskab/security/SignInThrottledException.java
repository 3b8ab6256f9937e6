package org.samskab.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many wrong passwords for the account or from the address ({@link org.samskab.member.PasswordAttempts}); the password was not
 * checked. An account status, so that Spring Security stops at it instead of asking another provider.
 */
public class SignInThrottledException extends AccountStatusException {

    SignInThrottledException() {
        super("Too many failed sign-ins; try again later");
    }

    /** What the member is told: signing in is paused, for at most the attempts' window. */
    public org.samskab.member.PasswordsPausedException refusal() {
        return new org.samskab.member.PasswordsPausedException();
    }
}
