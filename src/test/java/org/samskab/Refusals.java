package org.samskab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.samskab.base.InvalidInputException;

/** Asserts that a service refused an input with a given message key, and hands back the refusal. */
public final class Refusals {

    private Refusals() {
    }

    public static InvalidInputException refused(ThrowingCallable call, String messageKey) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a refusal with %s", messageKey).isInstanceOf(InvalidInputException.class);
        InvalidInputException refusal = (InvalidInputException) thrown;
        assertThat(refusal.messageKey()).isEqualTo(messageKey);
        return refusal;
    }
}
