package org.jingzhun.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Period;
import java.util.Optional;

import org.jingzhun.system.Violation;

/**
 * The type of a policy number, which decides what an administrator may enter: money per person and year, a whole
 * number (days, years, months), an ISO-8601 date period the engine's timers and due dates accept, or a signed weight
 * (assessment weights are negative for what counts against a unit, zero to leave an indicator out).
 */
public enum PolicyKind {
    MONEY, INTEGER, PERIOD, WEIGHT;

    static final BigDecimal WEIGHT_LIMIT = BigDecimal.valueOf(1000);

    static final int INTEGER_MAX = 3650;

    static PolicyKind of(String key, String currentValue) {
        if (key.startsWith("assessment.weight.")) {
            return WEIGHT;
        }
        if (key.startsWith("due.") || key.startsWith("escalation.") || key.equals("visit-interval")) {
            return PERIOD;
        }
        if (key.endsWith("-line")) {
            return MONEY;
        }
        if (key.startsWith("notice-days.") || key.endsWith("-years") || key.endsWith("-months")
                || key.endsWith("-days")) {
            return INTEGER;
        }
        // a parameter another feature added: judge by the value it has
        if (normalise(PERIOD, currentValue).isPresent()) {
            return PERIOD;
        }
        return normalise(INTEGER, currentValue).isPresent() ? INTEGER : MONEY;
    }

    /** The value as stored ("P2W" becomes "P14D", "4000.0" stays as typed), or the violation of this kind's rule. */
    Violation check(String value) {
        if (normalise(this, value).isPresent()) {
            return null;
        }
        String code = switch (this) {
            case MONEY -> "validation.policy.money";
            case INTEGER -> "validation.policy.integer";
            case PERIOD -> "validation.policy.period";
            case WEIGHT -> "validation.policy.weight";
        };
        return new Violation("value", code, value == null ? "" : value.strip(), INTEGER_MAX);
    }

    String normalised(String value) {
        return normalise(this, value).orElseThrow();
    }

    private static Optional<String> normalise(PolicyKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        try {
            switch (kind) {
                case MONEY -> {
                    BigDecimal money = new BigDecimal(value);
                    return money.signum() > 0 && money.scale() <= 2 ? Optional.of(money.toPlainString())
                            : Optional.empty();
                }
                case INTEGER -> {
                    int number = Integer.parseInt(value);
                    return number > 0 && number <= INTEGER_MAX ? Optional.of(Integer.toString(number))
                            : Optional.empty();
                }
                case WEIGHT -> {
                    BigDecimal weight = new BigDecimal(value);
                    return weight.abs().compareTo(WEIGHT_LIMIT) <= 0 && weight.scale() <= 2
                            ? Optional.of(weight.toPlainString()) : Optional.empty();
                }
                default -> {
                    Period period = Period.parse(value);
                    boolean positive = !period.isNegative() && !period.isZero() && period.getYears() >= 0
                            && period.getMonths() >= 0 && period.getDays() >= 0;
                    return positive ? Optional.of(period.toString()) : Optional.empty();
                }
            }
        }
        catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

}
