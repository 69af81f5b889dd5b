package org.jingzhun.forms;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jingzhun.system.Violation;

/**
 * Checks one submitted value against its field and converts it to the type the task variable gets. The checks
 * follow form-js's own validator (lengths of the trimmed text, a pattern found anywhere in the text, a required
 * checkbox must be ticked) so Tasklist and our pages accept the same input.
 */
final class FieldConverter {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final FormComponent field;
    private final String path;
    private final List<Violation> errors;
    private boolean failed;

    private FieldConverter(FormComponent field, String path, List<Violation> errors) {
        this.field = field;
        this.path = path;
        this.errors = errors;
    }

    static Object convert(FormComponent field, String path, Object raw, List<Violation> errors) {
        return new FieldConverter(field, path, errors).convert(raw);
    }

    private Object convert(Object raw) {
        return switch (field.type()) {
            case NUMBER -> number(raw);
            case CHECKBOX -> checkbox(raw);
            case CHECKLIST -> checklist(raw);
            case SELECT, RADIO -> choice(raw);
            case DATETIME -> dateTime(raw);
            default -> text(raw);
        };
    }

    private String text(Object raw) {
        String text = scalar(raw);
        if (text == null) {
            return required();
        }
        FieldRules rules = field.rules();
        if (rules.minLength() != null && text.length() < rules.minLength()) {
            reject("form.minLength", rules.minLength());
        }
        if (rules.maxLength() != null && text.length() > rules.maxLength()) {
            reject("form.maxLength", rules.maxLength());
        }
        if (rules.pattern() != null && !found(rules.pattern(), text)) {
            reject("form.pattern");
        }
        return failed ? null : text;
    }

    private Object number(Object raw) {
        BigDecimal number = decimal(raw);
        if (number == null) {
            return required();
        }
        Integer digits = field.decimalDigits();
        if (digits != null && Math.max(number.stripTrailingZeros().scale(), 0) > digits) {
            reject(digits == 0 ? "form.integer" : "form.decimalDigits", digits);
            return null;
        }
        FieldRules rules = field.rules();
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            reject("form.min", rules.min().toPlainString());
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            reject("form.max", rules.max().toPlainString());
        }
        if (failed) {
            return null;
        }
        if (digits != null && digits == 0) {
            try {
                return number.longValueExact();
            }
            catch (ArithmeticException e) {
                reject("form.number");
                return null;
            }
        }
        return number;
    }

    private BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal number) {
            return number;
        }
        String text = scalar(raw);
        if (text == null) {
            return null;
        }
        try {
            if (raw instanceof Number || NUMBER.matcher(text).matches()) {
                return new BigDecimal(text);
            }
        }
        catch (NumberFormatException e) {
            // NaN and infinities arrive as Double; they are not numbers a person entered
        }
        reject("form.number");
        return null;
    }

    private Boolean checkbox(Object raw) {
        boolean checked = false;
        if (raw instanceof Boolean value) {
            checked = value;
        }
        else {
            String text = scalar(raw);
            if (text != null) {
                checked = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("on");
                if (!checked && !text.equalsIgnoreCase("false") && !text.equalsIgnoreCase("off")) {
                    reject("form.boolean");
                }
            }
        }
        if (!checked && field.rules().required()) {
            required();
        }
        return failed ? null : checked;
    }

    private List<String> checklist(Object raw) {
        Collection<?> items = raw == null ? List.of() : raw instanceof Collection<?> list ? list : List.of(raw);
        // ArrayList, not List.copyOf: Camunda records the Java type of a JSON variable and must instantiate it again.
        List<String> chosen = new ArrayList<>();
        for (Object item : items) {
            String value = scalar(item);
            if (value != null && !field.hasOption(value)) {
                if (!failed) {
                    reject("form.option");
                }
            }
            else if (value != null && !chosen.contains(value)) {
                chosen.add(value);
            }
        }
        if (chosen.isEmpty()) {
            required();
        }
        return failed ? null : chosen;
    }

    private String choice(Object raw) {
        String value = scalar(raw);
        if (value == null) {
            return required();
        }
        if (!field.hasOption(value)) {
            reject("form.option");
        }
        return failed ? null : value;
    }

    /** Dates stay ISO text ("2025-06-30"), the way Camunda Forms submit them. */
    private String dateTime(Object raw) {
        String text = scalar(raw instanceof TemporalAccessor temporal ? temporal.toString() : raw);
        if (text == null) {
            return required();
        }
        try {
            switch (field.subtype()) {
                case "time" -> DateTimeFormatter.ISO_TIME.parse(text);
                case "datetime" -> DateTimeFormatter.ISO_DATE_TIME.parse(text);
                default -> {
                    if (!DATE.matcher(text).matches()) {
                        throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
                    }
                    DateTimeFormatter.ISO_LOCAL_DATE.parse(text);
                }
            }
        }
        catch (DateTimeParseException e) {
            reject("form." + field.subtype());
            return null;
        }
        return text;
    }

    /** A single value as trimmed text, or null when empty; a list or an object is not a single value. */
    private String scalar(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
            reject("form.invalid");
            return null;
        }
        String text = (raw instanceof BigDecimal number ? number.toPlainString() : raw.toString()).strip();
        return text.isEmpty() ? null : text;
    }

    private <T> T required() {
        if (!failed && field.rules().required()) {
            reject("form.required");
        }
        return null;
    }

    // form-js tests the pattern with RegExp.test: a match anywhere in the text passes.
    private static boolean found(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        }
        catch (PatternSyntaxException e) {
            // JavaScript syntax Java does not read: Tasklist still checks it; we cannot, and must not block the user.
            return true;
        }
    }

    // Arguments as plain text so that a message never shows a year or a limit with grouping ("2,010").
    private void reject(String code, Object... args) {
        errors.add(new Violation(path, code, Arrays.stream(args).map(String::valueOf).toArray()));
        failed = true;
    }
}
