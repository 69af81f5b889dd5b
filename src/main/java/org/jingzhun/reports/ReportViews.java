package org.jingzhun.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Translates a report's labels and columns and prepares the chart's data, which reports.js draws. */
@Component
class ReportViews {

    private final MessageSource messages;

    private final ObjectMapper json;

    ReportViews(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ReportView of(ReportTable table, Locale locale) {
        Report report = table.report();
        List<String> columns = report.columnKeys().stream().map(key -> text(key, locale)).toList();
        List<ReportView.Line> lines = table.rows()
            .stream()
            .map(row -> new ReportView.Line(label(row, locale), row.areaCode(), row.values()))
            .toList();
        return new ReportView(report, text("reports." + report.slug() + ".title", locale),
                text("reports." + report.slug() + ".label", locale), columns, lines, chart(report, columns, lines));
    }

    private String chart(Report report, List<String> columns, List<ReportView.Line> lines) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", report.chart());
        chart.put("categories", lines.stream().map(ReportView.Line::label).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (int column : report.chartColumns()) {
            series.add(Map.of("name", columns.get(column), "data",
                    lines.stream().map(line -> line.values().get(column)).toList()));
        }
        chart.put("series", series);
        try {
            return json.writeValueAsString(chart);
        }
        catch (JsonProcessingException impossibleForListsOfNumbersAndStrings) {
            throw new IllegalStateException(impossibleForListsOfNumbersAndStrings);
        }
    }

    private String label(ReportRow row, Locale locale) {
        if (row.labelKey() == null) {
            return row.text();
        }
        return messages.getMessage(row.labelKey(), row.text() == null ? null : new Object[] {row.text()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
