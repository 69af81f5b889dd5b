package org.jingzhun.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * One component of a form. {@code key} is the data key: the field's key, or the path of a dynamic list.
 * {@code typeName} keeps the schema's own name so an unsupported component can say what it was.
 */
public record FormComponent(ComponentType type, String typeName, String id, String key, String label,
        String description, String text, List<FormOption> options, FieldRules rules, Integer decimalDigits,
        String subtype, boolean allowAddRemove, int defaultRepetitions, List<FormComponent> components) {

    public FormComponent {
        options = List.copyOf(options);
        components = List.copyOf(components);
    }

    public boolean isInput() {
        return type.isInput();
    }

    /** The inputs directly inside this component: groups are layout only, their fields share our data scope. */
    public List<FormComponent> fields() {
        return fieldsOf(components);
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }

    static List<FormComponent> fieldsOf(List<FormComponent> components) {
        List<FormComponent> fields = new ArrayList<>();
        for (FormComponent component : components) {
            if (component.type() == ComponentType.GROUP) {
                fields.addAll(component.fields());
            }
            else if (component.isInput()) {
                fields.add(component);
            }
        }
        return List.copyOf(fields);
    }
}
