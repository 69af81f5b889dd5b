package org.jingzhun.system;

import java.util.Arrays;
import java.util.Objects;

/** One broken rule: the offending field, a message code of the {@code messages} bundle and its arguments. */
public record Violation(String field, String code, Object... args) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v && field.equals(v.field) && code.equals(v.code)
                && Arrays.equals(args, v.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, code, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + " " + code + Arrays.toString(args);
    }
}
