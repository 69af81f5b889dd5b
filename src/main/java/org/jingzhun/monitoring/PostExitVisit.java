package org.jingzhun.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jingzhun.household.HousingGrade;

/** What a helper observes on a post-exit visit: this year's per-capita income estimate and the veto indicators. */
public record PostExitVisit(LocalDate visitedOn, BigDecimal incomeEstimate, boolean foodSecure,
        boolean clothingSecure, boolean safeDrinkingWater, HousingGrade housingGrade, String findings) {
}
