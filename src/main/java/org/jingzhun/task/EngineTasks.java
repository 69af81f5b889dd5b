package org.jingzhun.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.security.UserScope;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The engine calls of the task page: find a task, claim it, comment on it. No access rules here. */
@Component
class EngineTasks {

    private final TaskService taskService;

    private final RepositoryService repositoryService;

    private final IdentityService identityService;

    EngineTasks(TaskService taskService, RepositoryService repositoryService, IdentityService identityService) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    Optional<OpenTask> find(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        List<String> groups = taskService.getIdentityLinksForTask(taskId)
            .stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .toList();
        Object householdId = taskService.getVariable(taskId, ProcessVariables.HOUSEHOLD_ID);
        CamundaFormRef formRef = task.getCamundaFormRef();
        String deploymentId = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
        Map<String, Object> local = new HashMap<>();
        taskService.getVariablesLocal(taskId).forEach((name, value) -> {
            if (value != null) {
                local.put(name, value);
            }
        });
        return Optional.of(new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                formRef == null ? null : formRef.getKey(), deploymentId,
                householdId instanceof Number number ? number.longValue() : null, task.getAssignee(), groups,
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getProcessInstanceId(),
                local));
    }

    void claim(String taskId, String userId) {
        taskService.claim(taskId, userId);
    }

    List<TaskComment> comments(String taskId) {
        return taskService.getTaskComments(taskId)
            .stream()
            .map(c -> new TaskComment(c.getUserId(), c.getTime().toInstant(), c.getFullMessage()))
            .sorted((a, b) -> a.time().compareTo(b.time()))
            .toList();
    }

    /** Camunda signs a comment with the authenticated user, so the author is set for the call. */
    void comment(OpenTask task, String text, UserScope scope) {
        var previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(scope.userId(), List.copyOf(scope.groups()));
        try {
            taskService.createComment(task.id(), task.processInstanceId(), text);
        }
        finally {
            if (previous == null) {
                identityService.clearAuthentication();
            }
            else {
                identityService.setAuthentication(previous);
            }
        }
    }

}
