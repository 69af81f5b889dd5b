package org.jingzhun.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_RecordStableExit: the buffer period ended without a return to poverty; status STABLE. */
@Component("recordStableExit")
class RecordStableExit implements JavaDelegate {

    private final PostExitService service;

    RecordStableExit(PostExitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordStableExit(((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue());
        execution.setVariable(PostExitVariables.RETURNED_TO_POVERTY, false);
    }

}
