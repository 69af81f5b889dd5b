package org.jingzhun.identification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_RecordRejection: whichever level said no, the household is REJECTED with that level's reason. */
@Component("rejectIdentification")
class RejectIdentificationDelegate implements JavaDelegate {

    private final IdentificationService identification;

    RejectIdentificationDelegate(IdentificationService identification) {
        this.identification = identification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long householdId = ((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
        identification.reject(householdId, execution.getProcessInstanceId());
        execution.setVariable(IdentificationVariables.REGISTERED, false);
    }

}
