package org.jingzhun.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Converts submitted form values to plain Java: clients send numbers as numbers or strings, and lists either as
 * Java lists, as JSON text or as Spin JSON (Camunda Tasklist's forms).
 */
final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    static Object unwrap(Object value) {
        if (value instanceof SpinJsonNode node) {
            return parse(node.toString());
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
                Object parsed = parse(trimmed);
                return parsed == null ? value : parsed;
            }
        }
        return value;
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            String text = value.toString().strip();
            return text.isEmpty() ? null : new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            return new ArrayList<>(items);
        }
        return List.of(value);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Object value) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object item : list(value)) {
            if (item instanceof Map<?, ?> map) {
                rows.add(new LinkedHashMap<>((Map<String, Object>) map));
            }
        }
        return rows;
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        }
        catch (JsonProcessingException e) {
            return null;
        }
    }

}
