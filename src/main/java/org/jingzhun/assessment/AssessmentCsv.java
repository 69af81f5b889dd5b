package org.jingzhun.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jingzhun.system.Csv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ranking as CSV: the page's columns with each indicator's numerator and denominator in columns of their own (a
 * "3 / 4" cell would turn into a date in a spreadsheet). Written by {@link Csv}.
 */
@Component
class AssessmentCsv {

    private final MessageSource messages;

    AssessmentCsv(MessageSource messages) {
        this.messages = messages;
    }

    /** @param unitKey "township" or "cadre": the heading of the name column */
    byte[] write(List<Ranked> ranking, String unitKey, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(text("assessment.column.rank", locale));
        header.add(text("assessment.column.code", locale));
        header.add(text("assessment.column." + unitKey, locale));
        for (Indicator indicator : Indicator.values()) {
            header.add(text("assessment.indicator." + indicator.key() + ".numerator", locale));
            header.add(text("assessment.indicator." + indicator.key() + ".denominator", locale));
        }
        header.add(text("assessment.column.score", locale));
        rows.add(header);
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
            rows.add(cells);
        }
        return Csv.of(rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
