package org.jingzhun.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Reads a .form file. Features we cannot honour on the server (unknown types, option lists from variables, hide
 * conditions, groups with their own data path) become {@link ComponentType#UNSUPPORTED} so the page shows a notice
 * instead of silently collecting the wrong data.
 */
@Component
public class FormParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FormDefinition parse(InputStream in) {
        try {
            return parse(JSON.readTree(in));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Not a readable form", e);
        }
    }

    public FormDefinition parse(String json) {
        try {
            return parse(JSON.readTree(json));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Not a readable form", e);
        }
    }

    private FormDefinition parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("A form is a JSON object");
        }
        return new FormDefinition(text(root, "id"), root.path("schemaVersion").asInt(), components(root));
    }

    private List<FormComponent> components(JsonNode parent) {
        List<FormComponent> components = new ArrayList<>();
        for (JsonNode node : parent.path("components")) {
            components.add(component(node));
        }
        return components;
    }

    private FormComponent component(JsonNode node) {
        String typeName = node.path("type").asText("");
        ComponentType type = ComponentType.of(typeName);
        String why = unsupportedFeature(type, node);
        if (why != null) {
            type = ComponentType.UNSUPPORTED;
            typeName = typeName + " (" + why + ")";
        }
        String key = type == ComponentType.DYNAMICLIST ? text(node, "path") : text(node, "key");
        return new FormComponent(type, typeName, text(node, "id"), key, label(node), text(node, "description"),
                text(node, "text"), options(node), rules(node.path("validate")), integer(node, "decimalDigits"),
                type == ComponentType.DATETIME ? node.path("subtype").asText("date") : null,
                node.path("allowAddRemove").asBoolean(false),
                node.path("defaultRepetitions").asInt(1), components(node));
    }

    private static String unsupportedFeature(ComponentType type, JsonNode node) {
        if (node.hasNonNull("conditional")) {
            return "conditional";
        }
        if (type.hasOptions() && !node.path("values").isArray()) {
            return "options without static values";
        }
        if (type == ComponentType.GROUP && !node.path("path").asText("").isEmpty()) {
            return "group path";
        }
        if (type == ComponentType.DATETIME && !List.of("date", "time", "datetime")
                .contains(node.path("subtype").asText("date"))) {
            return "subtype";
        }
        if (type.isInput() && (type == ComponentType.DYNAMICLIST ? text(node, "path") : text(node, "key")) == null) {
            return "no key";
        }
        return null;
    }

    // form-js labels a date picker with dateLabel and a time picker with timeLabel.
    private static String label(JsonNode node) {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            String label = text(node, name);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    private static List<FormOption> options(JsonNode node) {
        List<FormOption> options = new ArrayList<>();
        for (JsonNode value : node.path("values")) {
            String data = value.path("value").asText();
            options.add(new FormOption(value.path("label").asText(data), data));
        }
        return options;
    }

    private static FieldRules rules(JsonNode validate) {
        return new FieldRules(validate.path("required").asBoolean(false), decimal(validate, "min"),
                decimal(validate, "max"), integer(validate, "minLength"), integer(validate, "maxLength"),
                text(validate, "pattern"));
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.canConvertToInt() ? value.asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
