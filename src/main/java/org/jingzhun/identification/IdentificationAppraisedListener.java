package org.jingzhun.identification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/**
 * Task_AppraiseHousehold (民主评议): the village representatives' vote and the committee's decision; the vote is kept
 * with the signature as its evidence.
 */
@Component("identificationAppraised")
class IdentificationAppraisedListener implements TaskListener {

    private final SignedDecisions decisions;

    IdentificationAppraisedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission form = TaskSubmission.of(task);
        decisions.approval(form, IdentificationVariables.APPRAISAL_PASSED, form.votes());
    }

}
