package org.jingzhun.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_PublishNotice: publishes the notice the calling stage asked for and keeps its id for the timer. */
@Component("publishNotice")
class PublishNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;

    PublishNoticeDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long householdId = ((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
        NoticeLevel level = NoticeLevel.valueOf((String) execution.getVariable(ProcessVariables.NOTICE_LEVEL));
        NoticeKind kind = NoticeKind.valueOf((String) execution.getVariable(ProcessVariables.NOTICE_KIND));
        PublicNotice notice = notices.publish(householdId, level, kind);
        execution.setVariable(ProcessVariables.NOTICE_ID, notice.getId());
    }

}
