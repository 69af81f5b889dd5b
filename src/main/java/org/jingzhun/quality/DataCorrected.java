package org.jingzhun.quality;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_CorrectData completed: refused while the rule still finds the problem, else the finding closes with it. */
@Component("dataCorrected")
class DataCorrected implements TaskListener {

    private final QualityService service;

    DataCorrected(QualityService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        submission.text("note");
        submission.check();
        service.confirmCorrected(((Number) task.getVariable(CorrectionProcesses.FINDING_ID)).longValue());
        submission.discard();
    }
}
