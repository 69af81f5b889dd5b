package org.jingzhun.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.Stage;
import org.springframework.stereotype.Component;

/** {@code ${stages.enter(execution, 'ASSISTANCE')}}: keeps the household's stage beside the parent process. */
@Component("stages")
public class StageListener {

    private final HouseholdService households;

    StageListener(HouseholdService households) {
        this.households = households;
    }

    public void enter(DelegateExecution execution, String stage) {
        Long householdId = ((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
        households.enterStage(householdId, Stage.valueOf(stage));
    }

}
