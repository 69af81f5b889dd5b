package org.jingzhun.forms;

import java.util.List;

/** One row of a dynamic list: its name ("measures[1]") is what the remove button submits. */
public record RowView(int index, String name, String id, List<FieldView> components) {

    public RowView {
        components = List.copyOf(components);
    }

    /** The row as people count it, from 1. */
    public int number() {
        return index + 1;
    }
}
