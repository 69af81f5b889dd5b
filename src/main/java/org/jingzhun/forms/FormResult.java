package org.jingzhun.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;

/**
 * A validated submission. {@code values} holds every key of the form, typed, with null for an empty field, so that
 * completing a task overwrites what an earlier pass through the same step left behind.
 */
public record FormResult(Map<String, Object> values, List<Violation> errors) {

    public FormResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Errors by field path, e.g. "reason" or "measures[0].content", in form order. */
    public Map<String, List<Violation>> errorsByField() {
        return errors.stream().collect(Collectors.groupingBy(Violation::field, LinkedHashMap::new,
                Collectors.toList()));
    }

    public void throwIfInvalid() {
        ValidationException.throwIfAny(errors);
    }
}
