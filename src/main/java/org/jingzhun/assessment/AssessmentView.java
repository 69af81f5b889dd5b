package org.jingzhun.assessment;

import java.util.List;

import org.jingzhun.area.Area;

/**
 * What the assessment page shows: the year (and the choices), the area narrowed to (null: all of the user's areas),
 * the two rankings and the weights they were scored with.
 */
public record AssessmentView(AssessmentYear year, List<Integer> years, Area area, List<Ranked> townships,
        List<Ranked> cadres, Weights weights) {

    public List<Indicator> indicators() {
        return List.of(Indicator.values());
    }

}
