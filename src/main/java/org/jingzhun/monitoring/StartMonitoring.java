package org.jingzhun.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_StartMonitoring: the household is monitored from today unless it already is. */
@Component("startMonitoring")
class StartMonitoring implements JavaDelegate {

    private final PostExitService service;

    StartMonitoring(PostExitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.startMonitoring(((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue());
    }

}
