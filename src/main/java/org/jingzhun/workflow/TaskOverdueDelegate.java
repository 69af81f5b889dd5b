package org.jingzhun.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Runs behind a task's non-interrupting boundary timers: {@code level} REMINDER when the task falls due, ESCALATION
 * when it is still open after the escalation delay. Records who was told on the task (mail follows via the outbox).
 */
@Component("taskOverdue")
public class TaskOverdueDelegate implements JavaDelegate {

    private final TaskService taskService;

    private final EscalationService escalations;

    TaskOverdueDelegate(TaskService taskService, EscalationService escalations) {
        this.taskService = taskService;
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = (String) execution.getVariableLocal("taskKey");
        EscalationLevel level = EscalationLevel.valueOf((String) execution.getVariableLocal("level"));
        for (Task task : taskService.createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskKey)
            .list()) {
            escalations.record(task, level);
        }
    }

}
