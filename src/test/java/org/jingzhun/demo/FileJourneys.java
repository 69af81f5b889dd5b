package org.jingzhun.demo;

import java.time.LocalDate;

import org.jingzhun.household.Cause;
import org.jingzhun.workflow.WorkflowService;

/** Lets the household file's tests drive a household with the demo's own journey (which is package-private). */
public final class FileJourneys {

    private FileJourneys() {
    }

    /** Survey to follow-up visit, with a yearly income under the line: assistance goes on with another visit. */
    public static void toFirstVisit(WorkflowService workflow, Long householdId, String village, LocalDate today) {
        new DemoJourney(workflow, householdId, village, today, Cause.ILLNESS).advance(12, DemoJourney.Ending.NOT_READY);
    }

    /** Survey, then the village committee turns the application down: the lifecycle ends. */
    public static void rejectedAtAppraisal(WorkflowService workflow, Long householdId, String village,
            LocalDate today) {
        new DemoJourney(workflow, householdId, village, today, Cause.ILLNESS).advance(2, DemoJourney.Ending.REJECTED);
    }

}
