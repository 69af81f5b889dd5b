package org.jingzhun.assessment;

import java.math.BigDecimal;
import java.math.MathContext;

/** An indicator's raw figures: what was achieved (numerator) out of what counts (denominator). */
public record Ratio(long numerator, long denominator) {

    /** Whether there is anything to measure; an indicator without a denominator is left out of the score. */
    public boolean defined() {
        return denominator > 0;
    }

    /** The share in whole percent for the page, as it is (150 when more exits than planned); null when undefined. */
    public Integer percent() {
        return defined() ? (int) Math.round(numerator * 100.0 / denominator) : null;
    }

    /** The share between 0 and 1; a numerator above its denominator (more exits than planned) counts as 1. */
    BigDecimal share() {
        if (!defined()) {
            throw new IllegalStateException("no share of nothing");
        }
        return numerator >= denominator ? BigDecimal.ONE
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

}
