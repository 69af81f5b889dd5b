package org.jingzhun.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jingzhun.system.Today;

/** One row of the inbox: the open task with its household, as kept in the read model. */
public record InboxItem(String taskId, String taskKey, String name, Long householdId, String householdNumber,
        String headName, String villageCode, String villageName, String stage, String assignee,
        List<String> candidateGroups, Instant createdAt, Instant dueAt, Instant followUpAt, int priority,
        String escalation, boolean overdue) {

    /** The due day in the users' time zone, for display. */
    public LocalDate dueDate() {
        return dueAt == null ? null : LocalDate.ofInstant(dueAt, Today.ZONE);
    }

    public LocalDate createdDate() {
        return LocalDate.ofInstant(createdAt, Today.ZONE);
    }

    public boolean claimable() {
        return assignee == null;
    }

    public boolean assignedTo(String userId) {
        return assignee != null && assignee.equals(userId);
    }

}
