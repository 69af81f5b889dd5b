package org.jingzhun.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_ReviewReturnToPoverty completed: the township's signed decision sets {@code returnConfirmed}. */
@Component("returnReviewed")
class ReturnReviewed implements TaskListener {

    private final SignedDecisions decisions;

    ReturnReviewed(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.approval(TaskSubmission.of(task), PostExitVariables.RETURN_CONFIRMED);
    }

}
