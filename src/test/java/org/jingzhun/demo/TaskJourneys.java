package org.jingzhun.demo;

import java.time.LocalDate;

import org.jingzhun.household.Cause;
import org.jingzhun.workflow.WorkflowService;

/** Opens the demo journey to tests outside this package: a household moved N steps along the main path. */
public final class TaskJourneys {

    /** Steps to reach: the county's registration approval, the helper's plan, the township's exit review. */
    public static final int TO_REGISTRATION_APPROVAL = 5;

    public static final int TO_MEASURE_PLAN = 7;

    public static final int TO_EXIT_REVIEW = 16;

    private TaskJourneys() {
    }

    public static void advance(WorkflowService workflow, Long householdId, String village, LocalDate today,
            int steps) {
        new DemoJourney(workflow, householdId, village, today, Cause.ILLNESS).advance(steps, DemoJourney.Ending.MAIN);
    }

}
