package org.jingzhun.identification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_AssignHelper (确定帮扶责任人): a cadre of the village answers for the household until it exits. */
@Component("helperAssigned")
class HelperAssignedListener implements TaskListener {

    private final IdentificationService identification;

    HelperAssignedListener(IdentificationService identification) {
        this.identification = identification;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission form = TaskSubmission.of(task);
        String helper = form.requiredText("helper");
        Integer plannedExitYear = form.requiredInteger("plannedExitYear");
        form.check();
        identification.assignHelper(form.householdId(), helper, plannedExitYear);
        form.discard();
    }

}
