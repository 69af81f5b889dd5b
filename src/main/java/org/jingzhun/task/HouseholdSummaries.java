package org.jingzhun.task;

import java.math.BigDecimal;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeRecord;
import org.jingzhun.household.IncomeService;
import org.jingzhun.policy.PolicyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the household summary shown beside a task's form and on the approvals page. Checks no access itself. */
@Service
@Transactional(readOnly = true)
public class HouseholdSummaries {

    private final HouseholdService households;

    private final IncomeService incomes;

    private final PolicyService policy;

    private final AreaService areas;

    HouseholdSummaries(HouseholdService households, IncomeService incomes, PolicyService policy, AreaService areas) {
        this.households = households;
        this.incomes = incomes;
        this.policy = policy;
        this.areas = areas;
    }

    public HouseholdSummary of(Long householdId) {
        Household household = households.get(householdId);
        var income = incomes.latest(householdId);
        Integer year = income.map(IncomeRecord::getYear).orElse(null);
        return new HouseholdSummary(household.getId(), household.getHouseholdNumber(), household.getHeadName(),
                household.getVillageCode(), areas.find(household.getVillageCode()).map(Area::getName).orElse(null),
                household.getStatus(), household.getStage(), household.livingMemberCount(), year,
                income.map(IncomeRecord::getPerCapitaNet).orElse(null), year == null ? null : line(year),
                household.getMainCause(), household.secondaryCauses(), household.getResponsibleCadre());
    }

    // A year before the first line in the policy table has no line: shown as unknown rather than failing the page.
    private BigDecimal line(int year) {
        try {
            return policy.povertyLine(year);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

}
