package org.jingzhun.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_VisitExitedHousehold completed: the post-exit-visit form becomes a visit row and living conditions. */
@Component("postExitVisitRecorded")
class PostExitVisitRecorded implements TaskListener {

    private final PostExitService service;

    PostExitVisitRecorded(PostExitService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        PostExitVisit visit = new PostExitVisit(submission.requiredDate("visitedOn"),
                submission.requiredDecimal("incomeEstimate"), submission.checked("foodSecure"),
                submission.checked("clothingSecure"), submission.checked("safeDrinkingWater"),
                submission.requiredChoice("housingGrade", HousingGrade.class), submission.text("findings"));
        service.violations(visit).forEach(v -> submission.reject(v.field(), v.code(), v.args()));
        submission.check();
        service.recordVisit(submission.householdId(), visit, submission.actor());
        submission.discard();
    }

}
