package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.List;

/** What the household survey (入户调查) confirms or corrects. */
public record SurveyData(Cause mainCause, List<Cause> secondaryCauses, Attribute attribute, HousingGrade housingGrade,
        Boolean safeDrinkingWater, BigDecimal roadDistanceKm, BigDecimal cultivatedLand) {
}
