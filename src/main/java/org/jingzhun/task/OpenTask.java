package org.jingzhun.task;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.Today;

/**
 * An open task the user may work on, with what its page needs from the engine: the form it references in its
 * process's deployment and the task-local variables its texts read ({{recommendedPaths}}, {{measureContent}}).
 */
public record OpenTask(String id, String key, String name, String formId, String deploymentId, Long householdId,
        String assignee, List<String> candidateGroups, Instant created, Instant due, String processInstanceId,
        Map<String, Object> localVariables) {

    public OpenTask {
        candidateGroups = List.copyOf(candidateGroups);
        localVariables = localVariables == null ? Map.of() : Map.copyOf(localVariables);
    }

    public LocalDateTime localCreated() {
        return created == null ? null : LocalDateTime.ofInstant(created, Today.ZONE);
    }

    public LocalDateTime localDue() {
        return due == null ? null : LocalDateTime.ofInstant(due, Today.ZONE);
    }

    public boolean unclaimed() {
        return assignee == null;
    }

    /** Claimed by a colleague: the user sees the step but leaves it to them. */
    public boolean claimedByOther(String userId) {
        return assignee != null && !assignee.equals(userId);
    }

}
