package org.jingzhun.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed Camunda Form (form-js schema): an immutable tree of components. */
public record FormDefinition(String id, int schemaVersion, List<FormComponent> components) {

    public FormDefinition {
        components = List.copyOf(components);
    }

    /** The top-level inputs, in document order; a dynamic list is one of them and holds its own fields. */
    public List<FormComponent> fields() {
        return FormComponent.fieldsOf(components);
    }

    public List<String> keys() {
        return fields().stream().map(FormComponent::key).toList();
    }

    public Optional<FormComponent> field(String key) {
        return fields().stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** Every component, at any depth, that this application cannot render. */
    public List<FormComponent> unsupported() {
        List<FormComponent> found = new ArrayList<>();
        collectUnsupported(components, found);
        return found;
    }

    private static void collectUnsupported(List<FormComponent> components, List<FormComponent> found) {
        for (FormComponent component : components) {
            if (component.type() == ComponentType.UNSUPPORTED) {
                found.add(component);
            }
            collectUnsupported(component.components(), found);
        }
    }
}
