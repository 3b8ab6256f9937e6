package org.samskab.base;

import java.util.Arrays;

/**
 * A refusal a user should read: carries a translation key and its arguments, never a sentence, so the view can
 * say it in the reader's language. Services throw it before changing anything.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] messageArguments;

    protected UserFacingException(String messageKey, Object... messageArguments) {
        super(messageKey + Arrays.toString(messageArguments));
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
