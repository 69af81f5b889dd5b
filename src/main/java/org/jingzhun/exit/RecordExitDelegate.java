package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved household exits today and enters its buffer period. */
@Component("recordExit")
class RecordExitDelegate implements JavaDelegate {

    private final ExitService exits;

    RecordExitDelegate(ExitService exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        exits.recordExit(ExitVariables.householdId(execution), execution.getProcessInstanceId());
        execution.setVariable(ExitVariables.EXIT_APPROVED, true);
    }

}
