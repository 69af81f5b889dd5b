package org.jingzhun.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.Violation;
import org.springframework.stereotype.Component;

/**
 * Validates submitted values against a form's schema and types them. Only the form's keys come out: a client cannot
 * set other process variables (a gateway flag, say) by adding them to the submission.
 */
@Component
public class FormValidator {

    public FormResult validate(FormDefinition form, Map<String, ?> submitted) {
        List<Violation> errors = new ArrayList<>();
        Map<String, Object> values = fields(form.fields(), submitted == null ? Map.of() : submitted, "", errors);
        return new FormResult(values, errors);
    }

    private Map<String, Object> fields(List<FormComponent> fields, Map<?, ?> submitted, String prefix,
            List<Violation> errors) {
        // LinkedHashMap and ArrayList: a dynamic list is stored as a JSON variable that Camunda must re-create.
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormComponent field : fields) {
            String path = prefix + field.key();
            Object raw = submitted.get(field.key());
            values.put(field.key(), field.type() == ComponentType.DYNAMICLIST
                    ? rows(field, path, raw, errors)
                    : FieldConverter.convert(field, path, raw, errors));
        }
        return values;
    }

    private List<Map<String, Object>> rows(FormComponent list, String path, Object raw, List<Violation> errors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (raw == null) {
            return rows;
        }
        if (!(raw instanceof Collection<?> items)) {
            errors.add(new Violation(path, "form.invalid"));
            return rows;
        }
        int index = 0;
        for (Object item : items) {
            String rowPath = path + "[" + index++ + "]";
            if (item instanceof Map<?, ?> row) {
                rows.add(fields(list.fields(), row, rowPath + ".", errors));
            }
            else {
                errors.add(new Violation(rowPath, "form.invalid"));
            }
        }
        return rows;
    }
}
