package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the ExitEligibility rules whether the household meets "一超过、两不愁、三保障" today. */
@Component("assessExitEligibility")
class AssessExitEligibilityDelegate implements JavaDelegate {

    private final ExitService exits;

    AssessExitEligibilityDelegate(ExitService exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExitAssessment assessment = exits.assess(ExitVariables.householdId(execution));
        execution.setVariable(ExitVariables.EXIT_ELIGIBLE, assessment.eligible());
        execution.setVariable(ExitVariables.FAILED_INDICATOR, assessment.failedIndicator());
    }

}
