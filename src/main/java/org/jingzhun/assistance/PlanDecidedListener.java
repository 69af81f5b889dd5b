package org.jingzhun.assistance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** The township's approval of the plan: a sign-off and the flag planApproved. */
@Component("planDecided")
class PlanDecidedListener implements TaskListener {

    private final SignedDecisions decisions;

    PlanDecidedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.approval(TaskSubmission.of(task), AssistanceVariables.PLAN_APPROVED);
    }

}
