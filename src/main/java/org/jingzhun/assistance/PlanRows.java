package org.jingzhun.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.Violation;

/**
 * Reads the rows of the measure-plan form's dynamic list as a client sent them (strings or numbers, dates as
 * yyyy-mm-dd) and reports each broken rule under the row's field, e.g. {@code measures[1].cost}.
 */
final class PlanRows {

    static final int CONTENT_MAX = 200;

    static final int PROVIDER_MAX = 100;

    private final Long householdId;

    private final List<Violation> violations;

    PlanRows(Long householdId, List<Violation> violations) {
        this.householdId = householdId;
        this.violations = violations;
    }

    /** The valid rows as new measures; rows left completely empty (a form's blank default row) are skipped. */
    List<Measure> read(List<? extends Map<String, ?>> rows) {
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            Map<String, ?> row = rows.get(i);
            if (row == null || row.values().stream().allMatch(PlanRows::blank)) {
                continue;
            }
            Measure measure = read(AssistanceVariables.MEASURES + "[" + i + "].", row);
            if (measure != null) {
                measures.add(measure);
            }
        }
        return measures;
    }

    private Measure read(String prefix, Map<String, ?> row) {
        int before = violations.size();
        Path path = choice(prefix + "path", row.get("path"), Path.class, true);
        String content = text(prefix + "content", row.get("content"), CONTENT_MAX, true);
        String provider = text(prefix + "provider", row.get("provider"), PROVIDER_MAX, false);
        BigDecimal cost = decimal(prefix + "cost", row.get("cost"));
        FundSource fundSource = choice(prefix + "fundSource", row.get("fundSource"), FundSource.class, false);
        LocalDate startDate = date(prefix + "startDate", row.get("startDate"), true);
        LocalDate endDate = date(prefix + "endDate", row.get("endDate"), false);
        if (cost != null && cost.signum() < 0) {
            violations.add(new Violation(prefix + "cost", "validation.negative", cost));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            violations.add(new Violation(prefix + "endDate", "validation.measure.endBeforeStart", endDate, startDate));
        }
        if (violations.size() > before) {
            return null;
        }
        Measure measure = new Measure(householdId, path, content, startDate);
        measure.setProvider(provider);
        measure.setFunding(cost, fundSource);
        measure.setEndDate(endDate);
        return measure;
    }

    private String text(String field, Object value, int max, boolean required) {
        String text = blank(value) ? null : value.toString().strip();
        if (text == null && required) {
            violations.add(new Violation(field, "validation.required"));
        }
        if (text != null && text.length() > max) {
            violations.add(new Violation(field, "validation.maxLength", max));
        }
        return text;
    }

    private <E extends Enum<E>> E choice(String field, Object value, Class<E> type, boolean required) {
        if (blank(value)) {
            if (required) {
                violations.add(new Violation(field, "validation.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().strip());
        }
        catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "validation.choice", value));
            return null;
        }
    }

    private BigDecimal decimal(String field, Object value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        }
        catch (NumberFormatException e) {
            violations.add(new Violation(field, "validation.number"));
            return null;
        }
    }

    private LocalDate date(String field, Object value, boolean required) {
        if (blank(value)) {
            if (required) {
                violations.add(new Violation(field, "validation.required"));
            }
            return null;
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        catch (DateTimeParseException e) {
            violations.add(new Violation(field, "validation.date"));
            return null;
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

}
