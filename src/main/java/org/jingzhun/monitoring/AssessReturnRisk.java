package org.jingzhun.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_AssessReturnRisk: sets {@code riskLevel} (NONE, MONITOR or RETURN) for Gateway_RiskLevel. */
@Component("assessReturnRisk")
class AssessReturnRisk implements JavaDelegate {

    private final ReturnRiskService risks;

    AssessReturnRisk(ReturnRiskService risks) {
        this.risks = risks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long householdId = ((Number) execution.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
        execution.setVariable(PostExitVariables.RISK_LEVEL, risks.assess(householdId).name());
    }

}
