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
 * Task_AppraiseHousehold (民主评议): the village representatives' vote and the committee's decision. The vote has no
 * column of its own, so the sign-off's reason carries it: it is part of what the committee answers for.
 */
@Component("identificationAppraised")
class IdentificationAppraisedListener implements TaskListener {

    private final SignedDecisions decisions;

    private final MessageSource messages;

    IdentificationAppraisedListener(SignedDecisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission form = TaskSubmission.of(task);
        Integer votesFor = votes(form, "votesFor");
        Integer votesAgainst = votes(form, "votesAgainst");
        if (votesFor != null && votesAgainst != null && votesFor >= 0 && votesAgainst >= 0
                && votesFor + votesAgainst == 0) {
            form.reject("votesFor", "validation.votes.none");
        }
        Boolean passed = form.approval();
        String reason = form.requiredText("reason");
        form.check();
        String vote = messages.getMessage("identification.votes", new Object[] { String.valueOf(votesFor),
                String.valueOf(votesAgainst) }, Locale.SIMPLIFIED_CHINESE);
        decisions.sign(form, passed ? Decision.APPROVE : Decision.REJECT, reason + vote);
        form.setFlag(IdentificationVariables.APPRAISAL_PASSED, passed);
        form.discard();
    }

    private static Integer votes(TaskSubmission form, String key) {
        Integer votes = form.requiredInteger(key);
        if (votes != null && votes < 0) {
            form.reject(key, "validation.negative", votes);
        }
        return votes;
    }

}
