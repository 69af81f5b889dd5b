package org.jingzhun.modeler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules for Camunda Forms: an id (the file name), a schema version Camunda 7.24 Tasklist renders, named
 * components with unique ids and unique keys. Applied to the release's forms by ModelLintTest and to every upload.
 */
public final class FormLint {

    /** Camunda 7.24 Tasklist renders form-js schemas up to this version. */
    public static final int MAX_SCHEMA_VERSION = 16;

    /** Components that hold no value, so have no key. */
    static final Set<String> WITHOUT_KEY = Set.of("text", "group", "dynamiclist", "spacer", "separator", "html",
            "image", "button", "iframe", "table");

    private FormLint() {
    }

    public static List<ModelProblem> lint(JsonNode form, String source, String expectedKey) {
        SourceLines lines = new SourceLines(source);
        List<ModelProblem> problems = new ArrayList<>();
        if (!form.isObject() || !form.path("components").isArray()) {
            problems.add(ModelProblem.of("modeler.form.components"));
            return problems;
        }
        String id = form.path("id").asText("");
        if (id.isBlank()) {
            problems.add(ModelProblem.of("modeler.form.id"));
        }
        else if (!ModelKind.KEY.matcher(id).matches()) {
            problems.add(ModelProblem.at(id, lines.of(id), "modeler.form.idPattern"));
        }
        else if (expectedKey != null && !expectedKey.equals(id)) {
            problems.add(ModelProblem.at(id, lines.of(id), "modeler.lint.keyMismatch", expectedKey, id));
        }
        int schemaVersion = form.path("schemaVersion").asInt(0);
        if (schemaVersion < 1 || schemaVersion > MAX_SCHEMA_VERSION) {
            problems.add(ModelProblem.of("modeler.form.schemaVersion", form.path("schemaVersion").asText("-"),
                    MAX_SCHEMA_VERSION));
        }
        List<JsonNode> components = new ArrayList<>();
        collect(form.path("components"), components);
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode component : components) {
            String componentId = component.path("id").asText("");
            int line = lines.of(componentId);
            if (componentId.isBlank() || ModelLint.GENERATED.matcher(componentId).matches()) {
                problems.add(ModelProblem.at(componentId.isBlank() ? null : componentId, line,
                        "modeler.form.componentId"));
            }
            else if (!ids.add(componentId)) {
                problems.add(ModelProblem.at(componentId, line, "modeler.form.duplicateId"));
            }
            if (WITHOUT_KEY.contains(component.path("type").asText())) {
                continue;
            }
            String key = component.path("key").asText("");
            if (key.isBlank()) {
                problems.add(ModelProblem.at(componentId, line, "modeler.form.key"));
            }
            else if (!keys.add(key)) {
                problems.add(ModelProblem.at(componentId, line, "modeler.form.duplicateKey", key));
            }
        }
        return problems;
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }

}
