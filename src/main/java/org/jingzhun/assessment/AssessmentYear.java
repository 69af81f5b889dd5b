package org.jingzhun.assessment;

/**
 * The year asked for: a four-digit year not far from today, else today's year with the refused text kept so the page
 * can say so instead of failing.
 *
 * @param refused the text that was not a usable year, or null
 * @param first the earliest year accepted
 * @param last the latest year accepted
 */
public record AssessmentYear(int value, String refused, int first, int last) {

    static final int FIRST = 2000;

    static final int AHEAD = 5;

    static AssessmentYear parse(String text, int currentYear) {
        if (text == null || text.isBlank()) {
            return new AssessmentYear(currentYear, null, FIRST, currentYear + AHEAD);
        }
        String year = text.strip();
        if (year.matches("\\d{4}")) {
            int value = Integer.parseInt(year);
            if (value >= FIRST && value <= currentYear + AHEAD) {
                return new AssessmentYear(value, null, FIRST, currentYear + AHEAD);
            }
        }
        String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        return new AssessmentYear(currentYear, shown, FIRST, currentYear + AHEAD);
    }

    public boolean valid() {
        return refused == null;
    }

}
