package org.samskab.member;

import org.samskab.base.InvalidInputException;

/** Too many wrong passwords for the account or from the address lately ({@link PasswordAttempts}): not checked. */
public class PasswordsPausedException extends InvalidInputException {

    public PasswordsPausedException() {
        super("login.throttled.message", PasswordAttempts.WINDOW.toMinutes());
    }
}
