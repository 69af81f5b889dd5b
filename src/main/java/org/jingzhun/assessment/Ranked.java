package org.jingzhun.assessment;

import java.math.BigDecimal;

/**
 * One line of a ranking: a township (code and name) or a cadre (user id as both), its figures and score.
 *
 * @param rank 1 for the best score, equal scores share a rank (1, 2, 2, 4); null without a score
 */
public record Ranked(Integer rank, String code, String name, Figures figures, BigDecimal score) {

    public Ratio ratio(Indicator indicator) {
        return figures.ratio(indicator);
    }

}
