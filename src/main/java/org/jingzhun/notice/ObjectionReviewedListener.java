package org.jingzhun.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.signoff.Decision;
import org.jingzhun.workflow.ProcessVariables;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_ReviewObjection: uphold (the notice is withdrawn, the case goes back) or dismiss (the notice runs on). */
@Component("objectionReviewed")
class ObjectionReviewedListener implements TaskListener {

    private final SignedDecisions decisions;

    private final NoticeService notices;

    ObjectionReviewedListener(SignedDecisions decisions, NoticeService notices) {
        this.decisions = decisions;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        Long noticeId = ((Number) task.getVariable(ProcessVariables.NOTICE_ID)).longValue();
        String reason = submission.text("reason");
        boolean upheld = decisions.decide(submission, NoticeVariables.OBJECTION_UPHELD, "uphold", "dismiss",
                Decision.UPHOLD, Decision.DISMISS);
        notices.reviewObjections(noticeId, upheld, submission.actor(), reason);
    }

}
