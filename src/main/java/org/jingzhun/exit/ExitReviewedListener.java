package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** The township's signed review of the exit. */
@Component("exitReviewed")
class ExitReviewedListener implements TaskListener {

    private final SignedDecisions decisions;

    ExitReviewedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.approval(TaskSubmission.of(task), ExitVariables.EXIT_REVIEW_APPROVED);
    }

}
