package org.jingzhun.modeler;

import java.util.Arrays;
import java.util.Objects;

/**
 * Why a model cannot be deployed: a message code of the {@code messages} bundle with its arguments, and where —
 * the element id and the line in the file, when known (0 = unknown).
 */
public record ModelProblem(String code, String element, int line, Object... args) {

    public ModelProblem {
        Objects.requireNonNull(code, "code");
        args = args == null ? new Object[0] : args.clone();
    }

    static ModelProblem of(String code, Object... args) {
        return new ModelProblem(code, null, 0, args);
    }

    static ModelProblem at(String element, int line, String code, Object... args) {
        return new ModelProblem(code, element, line, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelProblem p && code.equals(p.code) && Objects.equals(element, p.element)
                && line == p.line && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, element, line, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return code + (element == null ? "" : " " + element) + (line > 0 ? " line " + line : "") + " "
                + Arrays.toString(args);
    }

}
