package org.jingzhun.workflow;

import java.util.Date;
import java.util.List;

/**
 * A reminder or escalation was recorded on an overdue task, published inside the timer's transaction. {@code assignee}
 * is who holds the task (null while it waits in its {@code candidateGroups}); {@code toldGroups} are the groups that
 * were told: empty for a reminder to the assignee, the candidate groups for a reminder without one, the supervising
 * groups for an escalation.
 */
public record TaskEscalated(TaskEscalation escalation, String taskName, Date due, String assignee,
        List<String> candidateGroups, List<String> toldGroups) {
}
