package org.jingzhun.policy;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.jingzhun.notice.NoticeKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed access to the policy table. Durations are ISO-8601 date periods ("P7D", "P3M"): the engine's timers and
 * due dates only need day precision and months must stay calendar months.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService {

    private final PolicyParameterRepository parameters;

    public PolicyService(PolicyParameterRepository parameters) {
        this.parameters = parameters;
    }

    public BigDecimal povertyLine(int year) {
        return yearly("poverty-line", year);
    }

    public BigDecimal monitoringLine(int year) {
        return yearly("monitoring-line", year);
    }

    public int noticeDays(NoticeKind kind) {
        return value("notice-days." + kind.name(), Integer::valueOf);
    }

    public int bufferYears() {
        return value("buffer-years", Integer::valueOf);
    }

    public Period visitInterval() {
        return value("visit-interval", Period::parse);
    }

    public int monitoringMinMonths() {
        return value("monitoring-min-months", Integer::valueOf);
    }

    /** A yearless decimal parameter, such as an assessment weight. */
    public BigDecimal decimal(String key) {
        return value(key, BigDecimal::new);
    }

    public Period due(String step) {
        return stepValue("due.", step);
    }

    public Period escalationDelay(String step) {
        return stepValue("escalation.", step);
    }

    /** The value of the greatest year not after {@code year}: a line stays in force until a new one is set. */
    private BigDecimal yearly(String key, int year) {
        PolicyParameter parameter = parameters.findFirstByParamKeyAndYearLessThanEqualOrderByYearDesc(key, year)
                .orElseThrow(() -> new IllegalArgumentException("No " + key + " is defined for " + year
                        + parameters.findFirstByParamKeyOrderByYearAsc(key)
                                .map(first -> ": the earliest year is " + first.getYear()).orElse("")));
        return parse(parameter, BigDecimal::new);
    }

    private Period stepValue(String prefix, String step) {
        PolicyParameter parameter = parameters.findFirstByParamKeyAndYearIsNullOrderByIdDesc(prefix + step)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown step '" + step + "': no policy parameter " + prefix + step));
        return parse(parameter, Period::parse);
    }

    private <T> T value(String key, Function<String, T> parser) {
        PolicyParameter parameter = parameters.findFirstByParamKeyAndYearIsNullOrderByIdDesc(key)
                .orElseThrow(() -> new IllegalStateException("Policy parameter " + key + " is missing"));
        return parse(parameter, parser);
    }

    private static <T> T parse(PolicyParameter parameter, Function<String, T> parser) {
        try {
            return parser.apply(parameter.getParamValue().strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalStateException("Policy parameter " + parameter.getParamKey() + " has an unusable value '"
                    + parameter.getParamValue() + "'", e);
        }
    }
}
