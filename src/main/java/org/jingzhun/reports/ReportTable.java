package org.jingzhun.reports;

import java.util.List;

/** A report's figures for one area, before translation. */
public record ReportTable(Report report, List<ReportRow> rows) {

    /** The figure in the row with this key and this column (by its name in {@link Report}), for tests and checks. */
    public Number value(String rowKey, int column) {
        return rows.stream()
            .filter(row -> row.key().equals(rowKey))
            .findFirst()
            .map(row -> row.values().get(column))
            .orElse(null);
    }

}
