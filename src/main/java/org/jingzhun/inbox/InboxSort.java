package org.jingzhun.inbox;

import java.util.Arrays;
import java.util.Optional;

/** The sortable columns; each maps to one column of inbox_task (due_at is indexed). */
public enum InboxSort {

    DUE("due", "t.due_at"), CREATED("created", "t.created_at"), HOUSEHOLD("household", "t.household_number"),
    STEP("step", "t.name");

    private final String param;

    private final String column;

    InboxSort(String param, String column) {
        this.param = param;
        this.column = column;
    }

    public String param() {
        return param;
    }

    String column() {
        return column;
    }

    static Optional<InboxSort> fromParam(String value) {
        return Arrays.stream(values()).filter(sort -> sort.param.equalsIgnoreCase(value)).findFirst();
    }

}
