package org.jingzhun.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_InvestigateHardship completed: the findings become a HARDSHIP visit; the assessment handles the reports. */
@Component("hardshipInvestigated")
class HardshipInvestigated implements TaskListener {

    private final PostExitService service;

    HardshipInvestigated(PostExitService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        HardshipFindings findings = new HardshipFindings(submission.requiredChoice("hardshipType", HardshipType.class),
                submission.requiredDecimal("incomeEstimate"), submission.requiredText("description"));
        service.violations(findings).forEach(v -> submission.reject(v.field(), v.code(), v.args()));
        submission.check();
        service.recordInvestigation(submission.householdId(), findings, submission.actor());
        submission.discard();
    }

}
