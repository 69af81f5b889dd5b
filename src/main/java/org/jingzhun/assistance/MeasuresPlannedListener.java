package org.jingzhun.assistance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.signoff.Decision;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Stores the submitted plan's measures and signs the plan with its summary under the helper's name. */
@Component("measuresPlanned")
class MeasuresPlannedListener implements TaskListener {

    private final MeasureService measures;

    private final SignedDecisions decisions;

    MeasuresPlannedListener(MeasureService measures, SignedDecisions decisions) {
        this.measures = measures;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        var rows = submission.rows(AssistanceVariables.MEASURES);
        String summary = submission.text(AssistanceVariables.PLAN_SUMMARY);
        submission.check();
        measures.plan(submission.householdId(), rows, summary, submission.actor());
        decisions.sign(submission, Decision.SUBMIT, summary);
        // "measures" must not outlive the task: it would shadow the bean in ${measures.toDeliver(householdId)}.
        submission.discard();
    }

}
