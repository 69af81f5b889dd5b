package org.jingzhun.reports;

import java.util.List;

/** A report translated for the reader: what the page's table, the chart's JSON and the exports show. */
public record ReportView(Report report, String title, String labelColumn, List<String> columns, List<Line> lines,
        String chartJson) {

    public record Line(String label, String areaCode, List<Number> values) {
    }

}
