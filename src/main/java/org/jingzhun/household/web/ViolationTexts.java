package org.jingzhun.household.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jingzhun.system.Violation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The service's violations as the page and the API show them: beside their fields, in the user's language. */
@Component
class ViolationTexts {

    private final MessageSource messages;

    ViolationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(Violation violation, Locale locale) {
        return messages.getMessage(violation.code(), plainArgs(violation), violation.code(), locale);
    }

    /** Each violation beside its field; one naming no field of the form (members[1].birthDate) is form-wide. */
    static void reject(BindingResult result, List<Violation> violations) {
        BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
        for (Violation violation : violations) {
            if (form.isReadableProperty(violation.field())) {
                result.rejectValue(violation.field(), violation.code(), plainArgs(violation), violation.code());
            }
            else {
                result.reject(violation.code(), plainArgs(violation), violation.code());
            }
        }
    }

    // Years and counts without grouping separators ("2,014"), as ValidationException renders them.
    static Object[] plainArgs(Violation violation) {
        return Stream.of(violation.args())
            .map(arg -> arg instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(arg))
            .toArray();
    }

}
