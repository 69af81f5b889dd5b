package org.jingzhun.assistance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** A follow-up visit: stored in the visit ledger, water and housing carried over to the living conditions. */
@Component("visitRecorded")
class VisitRecordedListener implements TaskListener {

    private final VisitService visits;

    VisitRecordedListener(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        FollowUpVisit seen = new FollowUpVisit(submission.requiredDate("visitedOn"), submission.checked("foodSecure"),
                submission.checked("clothingSecure"), submission.checked("safeDrinkingWater"),
                submission.requiredChoice("housingGrade", HousingGrade.class), submission.text("findings"));
        submission.check();
        visits.recordFollowUp(submission.householdId(), seen, submission.actor());
        submission.discard();
    }

}
