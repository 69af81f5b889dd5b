package org.jingzhun.policy;

import java.util.List;

/** One policy parameter with all its values: one row, or one per year for a yearly line. */
public record PolicyEntry(String key, PolicyKind kind, boolean yearly, String description,
        List<PolicyParameter> values) {

    /** The value in force now: the latest year's for a line, the only one otherwise. */
    public PolicyParameter current() {
        return values.get(values.size() - 1);
    }

    /** "survey" for "due.survey", "EXIT" for "notice-days.EXIT": the part pages name in their own words. */
    public String subject() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }

}
