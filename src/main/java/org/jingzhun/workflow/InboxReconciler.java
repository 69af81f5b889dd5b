package org.jingzhun.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the inbox read model in line with the engine at start-up: a database whose tasks were created before the
 * listener existed (or changed by hand) gets its missing rows, and rows of tasks that are gone are dropped. After
 * that the listener keeps it current. Standalone tasks (made in Tasklist without a process) have no household, are
 * never parsed from a model and stay out of the inbox.
 */
@Component
public class InboxReconciler {

    private static final Logger log = LoggerFactory.getLogger(InboxReconciler.class);

    private final TaskService taskService;

    private final InboxReadModel readModel;

    InboxReconciler(TaskService taskService, InboxReadModel readModel) {
        this.taskService = taskService;
        this.readModel = readModel;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        Set<String> stored = new HashSet<>(readModel.taskIds());
        List<Task> open = taskService.createTaskQuery().list();
        Set<String> openIds = new HashSet<>();
        int added = 0;
        for (Task task : open) {
            if (task.getProcessInstanceId() == null) {
                continue;
            }
            openIds.add(task.getId());
            if (!stored.contains(task.getId())) {
                readModel.save(OpenTask.of(task, taskService.getIdentityLinksForTask(task.getId()),
                        taskService.getVariable(task.getId(), ProcessVariables.HOUSEHOLD_ID)));
                added++;
            }
        }
        stored.removeAll(openIds);
        stored.forEach(readModel::remove);
        if (added > 0 || !stored.isEmpty()) {
            log.info("Inbox read model: {} tasks added, {} removed", added, stored.size());
        }
    }

    /**
     * One process instance's rows after a migration: the engine moves its tasks to the new definition's keys without
     * firing task listeners, so the rows are rewritten from the tasks as they are now.
     */
    @Transactional
    public void refresh(String processInstanceId) {
        Set<String> open = new HashSet<>();
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            open.add(task.getId());
            readModel.save(OpenTask.of(task, taskService.getIdentityLinksForTask(task.getId()),
                    taskService.getVariable(task.getId(), ProcessVariables.HOUSEHOLD_ID)));
        }
        readModel.taskIdsOf(processInstanceId).stream().filter(id -> !open.contains(id)).forEach(readModel::remove);
    }

}
