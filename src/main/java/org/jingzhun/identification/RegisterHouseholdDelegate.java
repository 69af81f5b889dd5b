package org.jingzhun.identification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_RegisterHousehold (建档立卡): the household becomes POOR from today. */
@Component("registerHousehold")
class RegisterHouseholdDelegate implements JavaDelegate {

    private final IdentificationService identification;

    RegisterHouseholdDelegate(IdentificationService identification) {
        this.identification = identification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long householdId = ((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
        identification.register(householdId, execution.getProcessInstanceId());
        execution.setVariable(IdentificationVariables.REGISTERED, true);
    }

}
