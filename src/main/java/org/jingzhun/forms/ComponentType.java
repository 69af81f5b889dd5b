package org.jingzhun.forms;

import java.util.Arrays;

/** The form-js component types we render and validate; anything else is shown as a notice, never dropped silently. */
public enum ComponentType {

    TEXT("text"),
    TEXTFIELD("textfield"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    SELECT("select"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    CHECKLIST("checklist"),
    DATETIME("datetime"),
    GROUP("group"),
    DYNAMICLIST("dynamiclist"),
    UNSUPPORTED("");

    private final String schemaName;

    ComponentType(String schemaName) {
        this.schemaName = schemaName;
    }

    public static ComponentType of(String schemaName) {
        return Arrays.stream(values())
                .filter(type -> type != UNSUPPORTED && type.schemaName.equals(schemaName))
                .findFirst()
                .orElse(UNSUPPORTED);
    }

    /** Components that hold a value of their own under a key. */
    public boolean isInput() {
        return this != TEXT && this != GROUP && this != UNSUPPORTED;
    }

    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }
}
