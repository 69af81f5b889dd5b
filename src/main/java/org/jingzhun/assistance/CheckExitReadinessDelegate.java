package org.jingzhun.assistance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.exit.ExitAssessment;
import org.jingzhun.exit.ExitAssessmentService;
import org.jingzhun.workflow.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** After each income record and visit: does the household meet the exit rule (ExitEligibility DMN) yet? */
@Component("checkExitReadiness")
class CheckExitReadinessDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CheckExitReadinessDelegate.class);

    private final ExitAssessmentService exits;

    CheckExitReadinessDelegate(ExitAssessmentService exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long householdId = ((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
        ExitAssessment assessment = exits.assess(householdId);
        log.debug("Household {} ready for exit: {} (failed: {})", householdId, assessment.eligible(),
                assessment.failedIndicator());
        execution.setVariable(AssistanceVariables.READY_FOR_EXIT, assessment.eligible());
    }

}
