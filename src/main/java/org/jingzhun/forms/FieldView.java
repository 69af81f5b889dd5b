package org.jingzhun.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jingzhun.system.Violation;

/**
 * One component ready for the template: its HTML name ("measures[0].content") and id, the value to show, its errors,
 * and what it contains (a group's children, a dynamic list's rows, a text's blocks).
 */
public record FieldView(FormComponent component, String name, String id, String value, List<String> chosen,
        boolean checked, List<Violation> errors, List<FieldView> children, List<RowView> rows, List<TextBlock> text) {

    public FieldView {
        chosen = List.copyOf(chosen);
        errors = List.copyOf(errors);
        children = List.copyOf(children);
        rows = List.copyOf(rows);
        text = List.copyOf(text);
    }

    /** The schema type in lower case, for th:switch. */
    public String kind() {
        return component.type().name().toLowerCase();
    }

    public String label() {
        return component.label();
    }

    public String description() {
        return component.description();
    }

    public boolean required() {
        return component.rules().required();
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    public boolean chosen(String option) {
        return chosen.contains(option);
    }

    public String hintId() {
        return description() == null ? null : id + "-hint";
    }

    public String errorId() {
        return invalid() ? id + "-error" : null;
    }

    /** For aria-describedby; null leaves the attribute out. */
    public String describedBy() {
        String ids = String.join(" ", Stream.of(hintId(), errorId()).filter(Objects::nonNull).toList());
        return ids.isEmpty() ? null : ids;
    }

    /** Where an error link takes the reader: the first choice of a group of choices, else the control itself. */
    public String focusId() {
        return switch (component.type()) {
            case RADIO, CHECKLIST -> component.options().isEmpty() ? id : optionId(0);
            default -> id;
        };
    }

    public String optionId(int index) {
        return id + "-" + index;
    }

    public String inputType() {
        return switch (component.subtype() == null ? "" : component.subtype()) {
            case "time" -> "time";
            case "datetime" -> "datetime-local";
            default -> "date";
        };
    }

    /** The number input's step: one unit of the last allowed decimal digit, or any. */
    public String step() {
        Integer digits = component.decimalDigits();
        return digits == null ? "any" : BigDecimal.ONE.movePointLeft(digits).toPlainString();
    }

    public String inputMode() {
        return Integer.valueOf(0).equals(component.decimalDigits()) ? "numeric" : "decimal";
    }

    public String min() {
        return component.rules().min() == null ? null : component.rules().min().toPlainString();
    }

    public String max() {
        return component.rules().max() == null ? null : component.rules().max().toPlainString();
    }
}
