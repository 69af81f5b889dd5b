package org.jingzhun.household;

import java.time.LocalDate;

/** One line of the register: what a person needs to recognise the household and see where it stands. */
public record RegisterRow(Long id, String householdNumber, String headName, String villageCode, String villageName,
        HouseholdStatus status, Stage stage, int declaredSize, String responsibleCadre, LocalDate appliedOn) {
}
