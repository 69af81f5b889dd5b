package org.jingzhun.workflow;

import org.jingzhun.area.AreaService;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.springframework.stereotype.Component;

/** Expressions for candidate groups and assignees in the models: {@code ${candidates.township(householdId)}}. */
@Component("candidates")
public class CandidateGroups {

    private final HouseholdService households;

    private final AreaService areas;

    CandidateGroups(HouseholdService households, AreaService areas) {
        this.households = households;
        this.areas = areas;
    }

    public String cadres(Long householdId) {
        return AreaGroups.cadres(village(householdId));
    }

    public String committee(Long householdId) {
        return AreaGroups.committee(village(householdId));
    }

    public String township(Long householdId) {
        return AreaGroups.township(areas.townshipOf(village(householdId)));
    }

    public String county(Long householdId) {
        return AreaGroups.county(areas.countyOf(village(householdId)));
    }

    public String department(String department, Long householdId) {
        return AreaGroups.department(department, areas.countyOf(village(householdId)));
    }

    /** An objection is reviewed at the level that published the notice. */
    public String noticeReviewers(Long householdId, String noticeLevel) {
        return "TOWNSHIP".equals(noticeLevel) ? township(householdId) : committee(householdId);
    }

    /** The household's responsible cadre, or null before one is assigned (the task then waits in the group). */
    public String helper(Long householdId) {
        return households.get(householdId).getResponsibleCadre();
    }

    private String village(Long householdId) {
        Household household = households.get(householdId);
        return household.getVillageCode();
    }

}
