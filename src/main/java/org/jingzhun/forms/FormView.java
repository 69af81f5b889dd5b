package org.jingzhun.forms;

import java.util.List;
import java.util.Map;

import org.jingzhun.system.Violation;

/**
 * A form with values and errors, ready for the {@code forms/fragments} template. Values may be what the binder
 * produced (text as typed, so a wrong entry is shown back) or typed task variables; {@code variables} fill the
 * {{placeholders}} of text components.
 */
public record FormView(String formId, List<FieldView> fields, List<ErrorLink> errors) {

    public FormView {
        fields = List.copyOf(fields);
        errors = List.copyOf(errors);
    }

    /** A form as first shown: the task's variables give both the field values and the texts' placeholders. */
    public static FormView of(FormDefinition form, Map<String, ?> variables) {
        return of(form, variables, List.of(), variables);
    }

    public static FormView of(FormDefinition form, Map<String, ?> values, List<Violation> errors,
            Map<String, ?> variables) {
        FieldViews builder = new FieldViews(errors, variables);
        List<FieldView> fields = builder.build(form.components(), values == null ? Map.of() : values);
        return new FormView(form.id(), fields, builder.links());
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }
}
