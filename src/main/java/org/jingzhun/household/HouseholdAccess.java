package org.jingzhun.household;

import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one check every page and API call makes before showing or changing a household: is it in the user's areas? */
@Component
public class HouseholdAccess {

    private final HouseholdRepository households;

    HouseholdAccess(HouseholdRepository households) {
        this.households = households;
    }

    /** The household if the user's areas cover its village; otherwise "not found", exactly as for a missing one. */
    @Transactional(readOnly = true)
    public Household require(Long householdId, UserScope scope) {
        return households.findById(householdId)
            .filter(household -> scope.isAdmin() || scope.covers(household.getVillageCode()))
            .orElseThrow(() -> new NotFoundException("household " + householdId));
    }

}
