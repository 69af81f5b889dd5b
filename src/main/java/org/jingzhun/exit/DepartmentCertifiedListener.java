package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** One line department's certification; the task it completes says which department signs. */
@Component("departmentCertified")
class DepartmentCertifiedListener implements TaskListener {

    private final SignedDecisions decisions;

    DepartmentCertifiedListener(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        ExitDepartment department = ExitDepartment.ofTaskKey(task.getTaskDefinitionKey());
        decisions.approval(TaskSubmission.of(task), department.flag());
    }

}
