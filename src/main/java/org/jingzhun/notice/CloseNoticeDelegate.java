package org.jingzhun.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_CloseNotice: the notice period elapsed without an upheld objection. */
@Component("closeNotice")
class CloseNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;

    CloseNoticeDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.close(((Number) execution.getVariable(ProcessVariables.NOTICE_ID)).longValue());
        execution.setVariable(NoticeVariables.OBJECTION_UPHELD, false);
    }

}
