package org.jingzhun.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Orders units by score, best first, with equal scores sharing a rank and units without a score last, unranked. */
final class Ranking {

    private Ranking() {
    }

    /** @param names code → name of every unit to rank, figures by code (a unit without any counts gets none) */
    static List<Ranked> rank(Map<String, String> names, Map<String, Figures> figures, Weights weights) {
        List<Ranked> scored = new ArrayList<>();
        names.forEach((code, name) -> {
            Figures f = figures.getOrDefault(code, Figures.NONE);
            scored.add(new Ranked(null, code, name, f, weights.score(f)));
        });
        scored.sort(Comparator.comparing(Ranked::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Ranked::code));
        List<Ranked> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Ranked row = scored.get(i);
            Integer rank = null;
            if (row.score() != null) {
                Ranked previous = i == 0 ? null : ranked.get(i - 1);
                rank = previous != null && row.score().compareTo(previous.score()) == 0 ? previous.rank() : i + 1;
            }
            ranked.add(new Ranked(rank, row.code(), row.name(), row.figures(), row.score()));
        }
        return List.copyOf(ranked);
    }

}
