package org.jingzhun.assessment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ranking as CSV: the page's columns with each indicator's numerator and denominator in columns of their own (a
 * "3 / 4" cell would turn into a date in a spreadsheet). UTF-8 with a byte-order mark, so Excel reads the Chinese.
 */
@Component
class AssessmentCsv {

    private static final String BOM = "\uFEFF";

    private final MessageSource messages;

    AssessmentCsv(MessageSource messages) {
        this.messages = messages;
    }

    /** @param unitKey "township" or "cadre": the heading of the name column */
    byte[] write(List<Ranked> ranking, String unitKey, Locale locale) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        header.add(text("assessment.column.rank", locale));
        header.add(text("assessment.column.code", locale));
        header.add(text("assessment.column." + unitKey, locale));
        for (Indicator indicator : Indicator.values()) {
            header.add(text("assessment.indicator." + indicator.key() + ".numerator", locale));
            header.add(text("assessment.indicator." + indicator.key() + ".denominator", locale));
        }
        header.add(text("assessment.column.score", locale));
        line(csv, header);
        for (Ranked row : ranking) {
            List<String> cells = new ArrayList<>();
            cells.add(row.rank() == null ? "" : row.rank().toString());
            cells.add(row.code());
            cells.add(row.name());
            for (Indicator indicator : Indicator.values()) {
                Ratio ratio = row.ratio(indicator);
                cells.add(Long.toString(ratio.numerator()));
                cells.add(Long.toString(ratio.denominator()));
            }
            cells.add(row.score() == null ? "" : row.score().toPlainString());
            line(csv, cells);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * RFC 4180 quoting; a leading formula character (=, +, -, @, tab, carriage return) is neutralised so a spreadsheet
     * never runs a name, while a plain negative number stays a number.
     */
    static String escape(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

}
