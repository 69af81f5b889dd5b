package org.jingzhun.monitoring;

import java.util.Date;

import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.system.Today;
import org.springframework.stereotype.Component;

/** What the post-exit model reads as {@code ${buffer...}}: when the household's transition period ends. */
@Component("buffer")
public class BufferExpressions {

    private final HouseholdService households;

    BufferExpressions(HouseholdService households) {
        this.households = households;
    }

    /** The start of the buffer end date in Asia/Shanghai: the household is stable from that day on. */
    public Date endsAt(Long householdId) {
        Household household = households.get(householdId);
        if (household.getBufferEndDate() == null) {
            throw new IllegalStateException("Household " + household.getHouseholdNumber() + " (id " + householdId
                    + ", status " + household.getStatus() + ") has no buffer end date: the buffer period starts"
                    + " with a recorded exit");
        }
        return Date.from(household.getBufferEndDate().atStartOfDay(Today.ZONE).toInstant());
    }

}
