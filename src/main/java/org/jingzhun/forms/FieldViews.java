package org.jingzhun.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.Violation;

/** Builds the {@link FieldView} tree and, on the way, the error summary in form order. */
final class FieldViews {

    private final Map<String, List<Violation>> errors = new LinkedHashMap<>();
    private final Map<String, ?> variables;
    private final List<ErrorLink> links = new ArrayList<>();

    FieldViews(List<Violation> errors, Map<String, ?> variables) {
        for (Violation violation : errors) {
            this.errors.computeIfAbsent(violation.field(), k -> new ArrayList<>()).add(violation);
        }
        this.variables = variables == null ? Map.of() : variables;
    }

    List<FieldView> build(List<FormComponent> components, Map<?, ?> values) {
        return build(components, values, "", null, null);
    }

    /** Every error so far, then those no field claimed (a malformed row, say), which link nowhere. */
    List<ErrorLink> links() {
        List<ErrorLink> all = new ArrayList<>(links);
        errors.values().forEach(list -> list.forEach(v -> all.add(new ErrorLink(null, null, null, null, v))));
        return all;
    }

    private List<FieldView> build(List<FormComponent> components, Map<?, ?> values, String prefix, String listLabel,
            Integer row) {
        List<FieldView> views = new ArrayList<>();
        for (FormComponent component : components) {
            views.add(build(component, values, prefix, listLabel, row));
        }
        return views;
    }

    private FieldView build(FormComponent component, Map<?, ?> values, String prefix, String listLabel,
            Integer row) {
        String name = component.key() == null ? prefix + component.id() : prefix + component.key();
        String id = "f-" + name.replaceAll("[^A-Za-z0-9_-]+", "-");
        Object raw = component.key() == null ? null : values.get(component.key());
        List<Violation> own = component.isInput() ? errors.getOrDefault(name, List.of()) : List.of();
        if (component.isInput()) {
            errors.remove(name);
        }
        List<FieldView> children = component.type() == ComponentType.GROUP
                ? build(component.components(), values, prefix, listLabel, row)
                : List.of();
        List<RowView> rows = component.type() == ComponentType.DYNAMICLIST
                ? rows(component, name, id, raw)
                : List.of();
        List<TextBlock> text = component.type() == ComponentType.TEXT
                ? FormText.render(component.text(), variables)
                : List.of();
        FieldView view = new FieldView(component, name, id, display(raw), chosen(raw), checked(raw), own, children,
                rows, text);
        own.forEach(v -> links.add(new ErrorLink(view.focusId(), component.label(), listLabel, row, v)));
        return view;
    }

    // Without a value yet a list shows the schema's default number of empty rows.
    private List<RowView> rows(FormComponent list, String name, String id, Object raw) {
        List<Map<?, ?>> data = new ArrayList<>();
        if (raw instanceof Collection<?> items) {
            items.forEach(item -> data.add(item instanceof Map<?, ?> map ? map : Map.of()));
        }
        else if (raw == null) {
            for (int i = 0; i < list.defaultRepetitions(); i++) {
                data.add(Map.of());
            }
        }
        List<RowView> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            String rowName = name + "[" + i + "]";
            rows.add(new RowView(i, rowName, id + "-" + i,
                    build(list.components(), data.get(i), rowName + ".", list.label(), i + 1)));
        }
        return rows;
    }

    private static String display(Object raw) {
        if (raw == null || raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
            return null;
        }
        if (raw instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (raw instanceof Double || raw instanceof Float) {
            // A client that sends 1200.0 for 1200 should see 1200 again
            try {
                return new BigDecimal(raw.toString()).stripTrailingZeros().toPlainString();
            }
            catch (NumberFormatException e) {
                return raw.toString();
            }
        }
        return raw.toString();
    }

    private static List<String> chosen(Object raw) {
        if (raw instanceof Collection<?> items) {
            return items.stream().filter(item -> item != null).map(Object::toString).toList();
        }
        return raw == null ? List.of() : List.of(raw.toString());
    }

    private static boolean checked(Object raw) {
        return Boolean.TRUE.equals(raw) || "true".equalsIgnoreCase(String.valueOf(raw))
                || "on".equalsIgnoreCase(String.valueOf(raw));
    }
}
