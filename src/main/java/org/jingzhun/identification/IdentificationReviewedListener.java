package org.jingzhun.identification;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.signoff.Decision;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewIdentification (乡镇审核): the township's decision. Whether it checked on site is noted in the sign-off's
 * reason, since the reviewer answers for having checked or not.
 */
@Component("identificationReviewed")
class IdentificationReviewedListener implements TaskListener {

    private final SignedDecisions decisions;

    private final MessageSource messages;

    IdentificationReviewedListener(SignedDecisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission form = TaskSubmission.of(task);
        boolean onSiteCheck = form.checked("onSiteCheck");
        Boolean approved = form.approval();
        String reason = form.requiredText("reason");
        form.check();
        String note = onSiteCheck
                ? messages.getMessage("identification.onSiteCheck", null, Locale.SIMPLIFIED_CHINESE) : "";
        decisions.sign(form, approved ? Decision.APPROVE : Decision.REJECT, reason + note);
        form.setFlag(IdentificationVariables.IDENTIFICATION_APPROVED, approved);
        form.discard();
    }

}
