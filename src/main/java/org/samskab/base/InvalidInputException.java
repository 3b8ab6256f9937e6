package org.samskab.base;

/** The input breaks a rule (empty, too long, a duplicate, a used link); nothing was changed. */
public class InvalidInputException extends UserFacingException {

    public InvalidInputException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
