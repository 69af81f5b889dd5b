package org.jingzhun.system;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * A service's violations on an administration form: beside their fields, or as one text for an action without a form
 * (a refused delete). Kept apart from household.web's copy so the features stay independent.
 */
public final class ViolationBinding {

    private ViolationBinding() {
    }

    /** Each violation beside its field; one naming no field of the form is form-wide. */
    public static void reject(BindingResult result, ValidationException e) {
        BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
        for (Violation violation : e.getViolations()) {
            if (form.isReadableProperty(violation.field())) {
                result.rejectValue(violation.field(), violation.code(), plainArgs(violation), violation.code());
            }
            else {
                result.reject(violation.code(), plainArgs(violation), violation.code());
            }
        }
    }

    public static String text(ValidationException e, MessageSource messages, Locale locale) {
        return e.getViolations()
            .stream()
            .map(v -> messages.getMessage(v.code(), plainArgs(v), v.code(), locale))
            .collect(Collectors.joining(" "));
    }

    private static Object[] plainArgs(Violation violation) {
        return Stream.of(violation.args())
            .map(arg -> arg instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(arg))
            .toArray();
    }

}
