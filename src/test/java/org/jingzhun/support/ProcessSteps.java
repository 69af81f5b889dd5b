package org.jingzhun.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** Drives a household through its steps the way a user does: find the open task by key, complete it as someone. */
@Component
public class ProcessSteps {

    private final TaskService taskService;

    private final WorkflowService workflow;

    private final ManagementService managementService;

    private final RuntimeService runtimeService;

    ProcessSteps(TaskService taskService, WorkflowService workflow, ManagementService managementService,
            RuntimeService runtimeService) {
        this.taskService = taskService;
        this.workflow = workflow;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    public List<Task> open(Long householdId) {
        return workflow.openTasks(householdId);
    }

    public List<String> openKeys(Long householdId) {
        return open(householdId).stream().map(Task::getTaskDefinitionKey).sorted().toList();
    }

    public Task task(Long householdId, String taskKey) {
        List<Task> tasks = open(householdId).stream().filter(t -> t.getTaskDefinitionKey().equals(taskKey)).toList();
        assertThat(tasks).as("open %s of household %s (open: %s)", taskKey, householdId, openKeys(householdId))
            .hasSize(1);
        return tasks.get(0);
    }

    public void complete(Long householdId, String taskKey, String user, Map<String, Object> values) {
        workflow.complete(task(householdId, taskKey).getId(), values, user);
    }

    public static Map<String, Object> approve(String reason) {
        return Map.of("decision", "approve", "reason", reason);
    }

    public static Map<String, Object> reject(String reason) {
        return Map.of("decision", "reject", "reason", reason);
    }

    /** The timer jobs waiting in the household's processes. */
    public List<Job> timers(Long householdId) {
        return managementService.createJobQuery()
            .timers()
            .list()
            .stream()
            .filter(job -> householdId.toString().equals(businessKey(job.getProcessInstanceId())))
            .toList();
    }

    public void execute(Job job) {
        managementService.executeJob(job.getId());
    }

    private String businessKey(String processInstanceId) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

}
