package org.jingzhun.identification;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_ReviewIdentification (乡镇审核): the township's decision, noting whether it checked on site. */
@Component("identificationReviewed")
class IdentificationReviewedListener implements TaskListener {

    private final SignedDecisions decisions;

    IdentificationReviewedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission form = TaskSubmission.of(task);
        boolean onSiteCheck = form.checked("onSiteCheck");
        decisions.approval(form, IdentificationVariables.IDENTIFICATION_APPROVED, "onSiteCheck=" + onSiteCheck);
    }

}
