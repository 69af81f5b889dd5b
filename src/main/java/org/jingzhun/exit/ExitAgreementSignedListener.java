package org.jingzhun.exit;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** The cadre records whether the household signed its agreement to exit ("approve") or refused ("reject"). */
@Component("exitAgreementSigned")
class ExitAgreementSignedListener implements TaskListener {

    private final ExitService exits;

    private final SignedDecisions decisions;

    ExitAgreementSignedListener(ExitService exits, SignedDecisions decisions) {
        this.exits = exits;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        LocalDate signedOn = submission.requiredDate("signedOn");
        exits.checkAgreementDate(signedOn).forEach(v -> submission.reject(v.field(), v.code(), v.args()));
        decisions.approval(submission, ExitVariables.HOUSEHOLD_AGREED);
    }

}
