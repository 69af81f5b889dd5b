package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** The village's democratic appraisal of the exit: the votes, then the committee's signed conclusion. */
@Component("exitAppraised")
class ExitAppraisedListener implements TaskListener {

    private final SignedDecisions decisions;

    ExitAppraisedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        decisions.approval(submission, ExitVariables.EXIT_APPRAISAL_PASSED, submission.votes());
    }

}
