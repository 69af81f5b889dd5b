package org.jingzhun.modeler.migration;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.jingzhun.workflow.InboxReconciler;
import org.springframework.stereotype.Component;

/**
 * Moves one process instance along a plan inside the caller's transaction, and brings what the engine leaves behind
 * up to date: a migrated task keeps the name it was created with, and no task listener fires, so the inbox would go
 * on showing the old step.
 */
@Component
class InstanceMigration {

    private final RuntimeService runtimeService;

    private final TaskService taskService;

    private final RepositoryService repositoryService;

    private final InboxReconciler inbox;

    InstanceMigration(RuntimeService runtimeService, TaskService taskService, RepositoryService repositoryService,
            InboxReconciler inbox) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.inbox = inbox;
    }

    void migrate(MigrationPlan plan, String processInstanceId) {
        runtimeService.newMigration(plan).processInstanceIds(processInstanceId).execute();
        renameTasks(plan.getTargetProcessDefinitionId(), processInstanceId);
        inbox.refresh(processInstanceId);
    }

    /** A task takes its new step's name; names computed by an expression are left as the engine made them. */
    private void renameTasks(String targetDefinitionId, String processInstanceId) {
        var model = repositoryService.getBpmnModelInstance(targetDefinitionId);
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            FlowElement element = model.getModelElementById(task.getTaskDefinitionKey());
            String name = element == null ? null : element.getName();
            if (name != null && !name.contains("${") && !name.contains("#{") && !name.equals(task.getName())) {
                task.setName(name);
                taskService.saveTask(task);
            }
        }
    }

}
