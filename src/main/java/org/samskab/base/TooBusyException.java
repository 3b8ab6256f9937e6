package org.samskab.base;

/**
 * Refused because the server has more to do than it can do in time (docs/adr/0209): nothing was changed, and the
 * user may try again in a moment. Counted by the overload log, one line per kind, not traced.
 */
public class TooBusyException extends UserFacingException {

    public TooBusyException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
