package org.jingzhun.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The policy's weight per indicator and the score they give: each indicator becomes a 0..1 figure where 1 is best
 * (its share for a positive weight, one minus its share for a negative one), and the score is the average of those
 * figures weighted by the weights' absolute values, times 100. Indicators without a denominator, or with weight 0,
 * are left out, so the others' weights fill the whole. Nothing to measure at all: no score.
 */
public record Weights(Map<Indicator, BigDecimal> values) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Weights {
        values = Map.copyOf(new EnumMap<>(values));
    }

    public BigDecimal of(Indicator indicator) {
        return values.getOrDefault(indicator, BigDecimal.ZERO);
    }

    /** The score from 0 to 100 with one decimal, or null when no indicator has anything to measure. */
    public BigDecimal score(Figures figures) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : Indicator.values()) {
            Ratio ratio = figures.ratio(indicator);
            BigDecimal weight = of(indicator);
            if (!ratio.defined() || weight.signum() == 0) {
                continue;
            }
            BigDecimal best = weight.signum() > 0 ? ratio.share() : BigDecimal.ONE.subtract(ratio.share());
            weighted = weighted.add(weight.abs().multiply(best));
            total = total.add(weight.abs());
        }
        if (total.signum() == 0) {
            return null;
        }
        return weighted.multiply(HUNDRED).divide(total, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }

}
