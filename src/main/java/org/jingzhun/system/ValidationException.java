package org.jingzhun.system;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContextHolder;

/** Rejected input; carries every violation found so a form can show them all at once. */
public class ValidationException extends RuntimeException {

    private static final String BUNDLE = "messages";

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(Violation violation) {
        this(List.of(violation));
    }

    /** The validation failure inside an exception the engine wrapped around it (a listener's), if any. */
    public static Optional<ValidationException> causeOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ValidationException validation) {
                return Optional.of(validation);
            }
        }
        return Optional.empty();
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    public List<Violation> getViolations() {
        return violations;
    }

    public List<String> codes() {
        return violations.stream().map(Violation::code).toList();
    }

    @Override
    public String getMessage() {
        return render(LocaleContextHolder.getLocale());
    }

    public String render(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return violations.stream()
                .map(v -> v.field() + ": " + text(bundle, v))
                .collect(Collectors.joining("; "));
    }

    // Without the no-fallback control an English request on a Chinese JVM would get the Chinese bundle.
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle bundle, Violation v) {
        try {
            // Plain strings so years and counts are not shown with grouping separators ("2,014").
            Object[] args = Stream.of(v.args()).map(ValidationException::plain).toArray();
            return new MessageFormat(bundle.getString(v.code()), bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return v.code();
        }
    }

    private static String plain(Object arg) {
        if (arg instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(arg);
    }
}
