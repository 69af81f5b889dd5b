package org.jingzhun.task;

import java.math.BigDecimal;
import java.util.List;

import org.jingzhun.household.Cause;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.Stage;

/**
 * What a cadre or reviewer needs to see beside a step: who the household is, where it stands, and its latest
 * per-capita income against that year's poverty line. Holds nothing the household's public notice would mask.
 */
public record HouseholdSummary(Long id, String number, String headName, String villageCode, String villageName,
        HouseholdStatus status, Stage stage, long members, Integer incomeYear, BigDecimal perCapitaIncome,
        BigDecimal povertyLine, Cause mainCause, List<Cause> secondaryCauses, String responsibleCadre) {

    public HouseholdSummary {
        secondaryCauses = List.copyOf(secondaryCauses);
    }

    public boolean hasIncome() {
        return perCapitaIncome != null;
    }

    /** Above the line — at the line is not enough, as in the exit rule. Null when either figure is missing. */
    public Boolean aboveLine() {
        return perCapitaIncome == null || povertyLine == null ? null : perCapitaIncome.compareTo(povertyLine) > 0;
    }

}
