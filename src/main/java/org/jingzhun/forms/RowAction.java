package org.jingzhun.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * The "add row" / "remove row" buttons of a dynamic list. They are submit buttons, so the lists work without
 * JavaScript: the controller binds the post, applies the action and renders the form again instead of completing.
 */
public record RowAction(boolean add, String path) {

    public static final String ADD = "_addRow";
    public static final String REMOVE = "_removeRow";

    private static final Pattern INDEXED = Pattern.compile("([^.\\[\\]]+)\\[(\\d{1,6})]");
    private static final Pattern PLAIN = Pattern.compile("[^.\\[\\]]+");

    public static Optional<RowAction> from(MultiValueMap<String, String> params) {
        if (params.getFirst(ADD) != null) {
            return Optional.of(new RowAction(true, params.getFirst(ADD)));
        }
        return Optional.ofNullable(params.getFirst(REMOVE)).map(path -> new RowAction(false, path));
    }

    /** A copy of the values with the row added or removed; unchanged if the path names no list people may edit. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> applyTo(FormDefinition form, Map<String, ?> values) {
        Map<String, Object> copy = (Map<String, Object>) copy(values == null ? Map.of() : values);
        String[] segments = path.split("\\.", -1);
        if (!add) {
            Matcher last = INDEXED.matcher(segments[segments.length - 1]);
            if (!last.matches()) {
                return copy;
            }
            segments[segments.length - 1] = last.group(1);
            List<Map<String, Object>> rows = locate(form.fields(), copy, segments);
            int index = Integer.parseInt(last.group(2));
            if (rows != null && index < rows.size()) {
                rows.remove(index);
            }
        }
        else {
            List<Map<String, Object>> rows = locate(form.fields(), copy, segments);
            if (rows != null) {
                rows.add(new LinkedHashMap<>());
            }
        }
        return copy;
    }

    // Walks "a[1].b" through the schema and the values together; every step must be a dynamic list.
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> locate(List<FormComponent> fields, Map<String, Object> values,
            String[] segments) {
        for (int i = 0; i < segments.length - 1; i++) {
            Matcher step = INDEXED.matcher(segments[i]);
            if (!step.matches()) {
                return null;
            }
            FormComponent list = dynamicList(fields, step.group(1));
            if (list == null || !(values.get(list.key()) instanceof List<?> rows)) {
                return null;
            }
            int index = Integer.parseInt(step.group(2));
            if (index >= rows.size() || !(rows.get(index) instanceof Map<?, ?> row)) {
                return null;
            }
            fields = list.fields();
            values = (Map<String, Object>) row;
        }
        String key = segments[segments.length - 1];
        FormComponent list = PLAIN.matcher(key).matches() ? dynamicList(fields, key) : null;
        if (list == null || !list.allowAddRemove()) {
            return null;
        }
        if (!(values.get(key) instanceof List<?>)) {
            values.put(key, new ArrayList<>());
        }
        return (List<Map<String, Object>>) values.get(key);
    }

    private static FormComponent dynamicList(List<FormComponent> fields, String key) {
        return fields.stream()
                .filter(field -> field.type() == ComponentType.DYNAMICLIST && field.key().equals(key))
                .findFirst()
                .orElse(null);
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }
}
