package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every "no" of the verification ends here: the household stays poor, the parent goes back to assistance. */
@Component("rejectExit")
class RejectExitDelegate implements JavaDelegate {

    private final ExitService exits;

    RejectExitDelegate(ExitService exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean vetoed = Boolean.FALSE.equals(execution.getVariable(ExitVariables.EXIT_ELIGIBLE));
        String failedIndicator = vetoed ? (String) execution.getVariable(ExitVariables.FAILED_INDICATOR) : null;
        exits.rejectExit(ExitVariables.householdId(execution), execution.getProcessInstanceId(), failedIndicator);
        execution.setVariable(ExitVariables.EXIT_APPROVED, false);
    }

}
