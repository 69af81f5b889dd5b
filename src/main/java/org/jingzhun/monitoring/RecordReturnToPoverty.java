package org.jingzhun.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_RecordReturnToPoverty: status RETURNED, signed by the reviewer; the parent goes back to assistance. */
@Component("recordReturnToPoverty")
class RecordReturnToPoverty implements JavaDelegate {

    private final PostExitService service;

    RecordReturnToPoverty(PostExitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordReturnToPoverty(((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue());
        execution.setVariable(PostExitVariables.RETURNED_TO_POVERTY, true);
    }

}
