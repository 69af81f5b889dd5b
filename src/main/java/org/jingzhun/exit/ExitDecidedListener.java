package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** The county's signed decision: the county answers for every household it lets exit. */
@Component("exitDecided")
class ExitDecidedListener implements TaskListener {

    private final SignedDecisions decisions;

    ExitDecidedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.approval(TaskSubmission.of(task), ExitVariables.EXIT_APPROVED);
    }

}
