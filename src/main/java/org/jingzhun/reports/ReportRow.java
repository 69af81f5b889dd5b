package org.jingzhun.reports;

import java.util.List;

/**
 * One line of a report: what it counts ({@code key}: a village code, a cause, a year, a user…), its label as a message
 * key (with {@code text} as the argument) or as plain {@code text}, the area to drill into (villages only) and the
 * figures in the report's column order.
 */
public record ReportRow(String key, String labelKey, String text, String areaCode, List<Number> values) {

    static ReportRow ofKey(String key, String labelKey, List<Number> values) {
        return new ReportRow(key, labelKey, null, null, values);
    }

    static ReportRow ofText(String key, String text, List<Number> values) {
        return new ReportRow(key, null, text, null, values);
    }

    static ReportRow ofArea(String areaCode, String name, List<Number> values) {
        return new ReportRow(areaCode, null, name, areaCode, values);
    }

}
