package org.jingzhun.household;

import java.math.BigDecimal;

/** A year of the income ledger beside that year's poverty line; at the line is not above it (domain.md). */
public record IncomeLine(IncomeRecord record, BigDecimal povertyLine) {

    /** Null when no line is defined for the year. */
    public Boolean aboveLine() {
        return povertyLine == null ? null : record.getPerCapitaNet().compareTo(povertyLine) > 0;
    }

}
