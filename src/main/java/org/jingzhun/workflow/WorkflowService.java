package org.jingzhun.workflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.system.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open steps of a household and their completion on behalf of a user: the one way our code completes tasks. */
@Service
public class WorkflowService {

    private final TaskService taskService;

    private final IdentityService identityService;

    WorkflowService(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    public List<Task> openTasks(Long householdId) {
        return taskService.createTaskQuery()
            .processInstanceBusinessKey(householdId.toString())
            .initializeFormKeys()
            .orderByTaskCreateTime()
            .asc()
            .list();
    }

    /**
     * Completes a task with the form's values as {@code userId}; the task's listeners apply the domain effect. Bad
     * values surface as the listener's ValidationException, not wrapped in the engine's listener exception.
     */
    @Transactional
    public void complete(String taskId, Map<String, Object> values, String userId) {
        try {
            as(userId, () -> taskService.complete(taskId, values));
        }
        catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ValidationException invalid) {
                    throw invalid;
                }
            }
            throw e;
        }
    }

    void as(String userId, Runnable work) {
        var previous = identityService.getCurrentAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
        identityService.setAuthentication(userId, groups);
        try {
            work.run();
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
