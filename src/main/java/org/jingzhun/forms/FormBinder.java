package org.jingzhun.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Turns an HTML form post into the same shape a JSON client sends: a ticked checkbox is true and an absent one false,
 * a checklist is the list of its ticked values, and fields named "measures[0].content" become rows of "measures"
 * (each rendered row also carries a hidden "measures[0]._row", so a row whose boxes are all unticked still arrives).
 * Values stay text; {@link FormValidator} types them.
 */
@Component
public class FormBinder {

    public Map<String, Object> bind(FormDefinition form, MultiValueMap<String, String> params) {
        return fields(form.fields(), params, "");
    }

    private Map<String, Object> fields(List<FormComponent> fields, MultiValueMap<String, String> params,
            String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormComponent field : fields) {
            String name = prefix + field.key();
            values.put(field.key(), switch (field.type()) {
                case CHECKBOX -> ticked(params.get(name));
                case CHECKLIST -> nonBlank(params.get(name));
                case DYNAMICLIST -> rows(field, params, name);
                default -> params.getFirst(name);
            });
        }
        return values;
    }

    private List<Map<String, Object>> rows(FormComponent list, MultiValueMap<String, String> params, String name) {
        Pattern row = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,6})]\\.");
        SortedSet<Integer> indexes = new TreeSet<>();
        for (String param : params.keySet()) {
            Matcher matcher = row.matcher(param);
            if (matcher.lookingAt()) {
                indexes.add(Integer.parseInt(matcher.group(1)));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int index : indexes) {
            rows.add(fields(list.fields(), params, name + "[" + index + "]."));
        }
        return rows;
    }

    private static boolean ticked(List<String> values) {
        return values != null && values.stream().anyMatch(v -> v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true"));
    }

    private static List<String> nonBlank(List<String> values) {
        List<String> chosen = new ArrayList<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(chosen::add);
        }
        return chosen;
    }
}
