package org.jingzhun.quality;

import org.jingzhun.household.HouseholdCorrected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A household file corrected through its page: its open findings are re-checked in the same transaction, so a fix
 * closes the finding and ends the correction task at once instead of at the next run. A person listed twice is also
 * the other household's finding: those naming this household are re-checked too.
 */
@Component
class CorrectedHouseholdRecheck {

    private final QualityService service;

    CorrectedHouseholdRecheck(QualityService service) {
        this.service = service;
    }

    @EventListener
    void on(HouseholdCorrected corrected) {
        service.recheckHousehold(corrected.householdId(), corrected.villageCode());
        service.recheckDuplicatesNaming(corrected.householdNumber());
    }
}
