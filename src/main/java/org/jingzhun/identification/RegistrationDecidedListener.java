package org.jingzhun.identification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_ApproveRegistration (县级审定): the county's signed decision. */
@Component("registrationDecided")
class RegistrationDecidedListener implements TaskListener {

    private final SignedDecisions decisions;

    RegistrationDecidedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.approval(TaskSubmission.of(task), IdentificationVariables.REGISTRATION_APPROVED);
    }

}
