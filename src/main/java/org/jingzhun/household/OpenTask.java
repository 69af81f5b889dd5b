package org.jingzhun.household;

import java.time.Instant;

import org.camunda.bpm.engine.task.Task;

/** An open step of the household, linking to its task page. */
public record OpenTask(String id, String taskDefinitionKey, String name, Instant created, Instant due,
        String assignee) {

    static OpenTask of(Task task) {
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee());
    }

}
