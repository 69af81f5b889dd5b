package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** The village's democratic appraisal of the exit: the votes, then the committee's signed conclusion. */
@Component("exitAppraised")
class ExitAppraisedListener implements TaskListener {

    private final ExitService exits;

    private final SignedDecisions decisions;

    ExitAppraisedListener(ExitService exits, SignedDecisions decisions) {
        this.exits = exits;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        Integer votesFor = submission.requiredInteger("votesFor");
        Integer votesAgainst = submission.requiredInteger("votesAgainst");
        exits.checkVotes(votesFor, votesAgainst).forEach(v -> submission.reject(v.field(), v.code(), v.args()));
        decisions.approval(submission, ExitVariables.EXIT_APPRAISAL_PASSED,
                "votesFor=" + votesFor + ", votesAgainst=" + votesAgainst);
    }

}
