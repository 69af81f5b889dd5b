package org.jingzhun.workflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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

    private final ManagementService managementService;

    private final RuntimeService runtimeService;

    WorkflowService(TaskService taskService, IdentityService identityService, ManagementService managementService,
            RuntimeService runtimeService) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /** Fires a household's waiting timer now (an administrator's "run now"; the demo uses it to age households). */
    @Transactional
    public boolean runTimerNow(Long householdId, String activityId) {
        for (var instance : runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(householdId.toString())
            .list()) {
            var job = managementService.createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .timers()
                .list();
            if (!job.isEmpty()) {
                managementService.executeJob(job.get(0).getId());
                return true;
            }
        }
        return false;
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
        as(userId, () -> {
            try {
                taskService.complete(taskId, values);
            }
            catch (ProcessEngineException e) {
                throw ValidationException.causeOf(e).orElseThrow(() -> e);
            }
        });
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
