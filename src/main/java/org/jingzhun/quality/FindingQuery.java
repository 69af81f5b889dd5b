package org.jingzhun.quality;

/** The filters of the findings list; blank parameters mean "any". Status defaults to OPEN on the page. */
public record FindingQuery(String rule, String status, String village) {

    public FindingQuery {
        rule = blankToNull(rule);
        status = blankToNull(status);
        village = blankToNull(village);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
