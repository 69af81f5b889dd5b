package org.jingzhun.workflow;

import java.util.List;

/**
 * A reminder or escalation was recorded on an overdue task, published inside the timer's transaction. {@code assignee}
 * is who holds the task (null when it waits in its groups); {@code toldGroups} are the groups that were told: empty
 * for a reminder to the assignee, the candidate groups for a reminder without one, the supervising groups for an
 * escalation.
 */
public record TaskEscalated(TaskEscalation escalation, String taskName, String assignee, List<String> toldGroups) {
}
