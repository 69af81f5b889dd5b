package org.jingzhun.workflow;

import java.util.Date;

/**
 * A user task got an assignee: a claim, an assignment in Tasklist or a model's {@code camunda:assignee} when the task
 * is created. Published by the inbox listener inside the engine's transaction, so listeners write in the same one.
 */
public record TaskAssigned(String taskId, String taskKey, String name, String assignee, Long householdId, Date due) {
}
