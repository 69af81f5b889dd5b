package org.jingzhun.forms;

import java.math.BigDecimal;

/** The schema's {@code validate} block; absent rules are null. */
public record FieldRules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
        String pattern) {
}
