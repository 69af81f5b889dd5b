package org.jingzhun.demo;

import org.jingzhun.household.Cause;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** Drives a test household through the whole demo journey, for tests outside this package. */
@Component
public class JourneyOnAnyDatabase {

    private final LifecycleService lifecycle;

    private final WorkflowService workflow;

    private final Today today;

    JourneyOnAnyDatabase(LifecycleService lifecycle, WorkflowService workflow, Today today) {
        this.lifecycle = lifecycle;
        this.workflow = workflow;
        this.today = today;
    }

    public Long stableExit(String village) {
        Long id = lifecycle.apply(TestHouseholds.application(village), DemoUsers.cadreOf(village));
        new DemoJourney(workflow, id, village, today.date(), Cause.ILLNESS).advance(DemoJourney.STEPS,
                DemoJourney.Ending.MAIN);
        return id;
    }

}
