package org.jingzhun.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jingzhun.system.ValidationException;

/**
 * The ValidationException behind a failed call. Camunda wraps what a task listener throws (ENGINE-03051), so a
 * refused completion carries our exception as a cause rather than at the top.
 */
public final class ValidationFailures {

    private ValidationFailures() {
    }

    public static ValidationException validationFailure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof ValidationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a ValidationException behind %s", thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) cause;
    }

}
