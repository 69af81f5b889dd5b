package org.jingzhun.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The area reports ("五张图" and their companions): each is one table whose columns are message keys under
 * {@code reports.col.}; {@code chartColumns} are the columns drawn (money and counts never share an axis), {@code chart}
 * the kind of chart reports.js draws.
 */
public enum Report {

    POPULATION("population", "stack", List.of("households", "people", "APPLIED", "POOR", "RETURNED", "EXITED", "STABLE",
            "REJECTED"), 2, 3, 4, 5, 6, 7),
    CAUSES("causes", "bar", List.of("mainCause", "secondaryCause"), 0, 1),
    FUNNEL("funnel", "funnel", List.of("households"), 0),
    EXITS("exits", "bar", List.of("plannedExits", "achievedExits", "exitedOnPlan"), 0, 1, 2),
    MEASURES("measures", "bar", List.of("measures", "householdsCovered", "delivered", "plannedCost", "actualCost"), 0,
            1, 2),
    FUNDS("funds", "bar", List.of("measures", "plannedCost", "actualCost"), 1, 2),
    MONITORING("monitoring", "bar", List.of("inBuffer", "monitored", "returnedNow", "returnsEver"), 1, 2, 3),
    OVERDUE("overdue", "bar", List.of("openTasks", "overdueTasks", "maxDaysOverdue"), 1);

    private final String slug;

    private final String chart;

    private final List<String> columns;

    private final int[] chartColumns;

    Report(String slug, String chart, List<String> columns, int... chartColumns) {
        this.slug = slug;
        this.chart = chart;
        this.columns = columns;
        this.chartColumns = chartColumns;
    }

    public static Optional<Report> bySlug(String slug) {
        return Arrays.stream(values()).filter(report -> report.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String chart() {
        return chart;
    }

    /** Message keys of the value columns (the label column comes first and is not listed). */
    public List<String> columnKeys() {
        return columns.stream().map(column -> "reports.col." + column).toList();
    }

    public int[] chartColumns() {
        return chartColumns.clone();
    }

}
