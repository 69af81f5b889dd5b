package org.jingzhun.assistance;

import java.time.LocalDate;

import org.jingzhun.household.HousingGrade;

/** What a helper saw on a follow-up visit (两不愁三保障 and drinking water). */
public record FollowUpVisit(LocalDate visitedOn, boolean foodSecure, boolean clothingSecure,
        boolean safeDrinkingWater, HousingGrade housingGrade, String findings) {
}
