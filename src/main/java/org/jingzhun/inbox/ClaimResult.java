package org.jingzhun.inbox;

/**
 * What became of one claim or unclaim. A task the user may not see is GONE, exactly like a task that no longer
 * exists, so that a result never tells anything about another area's work.
 */
public record ClaimResult(String taskId, Outcome outcome, String assignee, String householdNumber, String taskKey,
        String stepName) {

    public enum Outcome {
        CLAIMED, UNCLAIMED, ALREADY_YOURS, ALREADY_CLAIMED, NOT_YOURS, GONE
    }

    static ClaimResult gone(String taskId) {
        return new ClaimResult(taskId, Outcome.GONE, null, null, null, null);
    }

    static ClaimResult of(InboxItem item, Outcome outcome, String assignee) {
        return new ClaimResult(item.taskId(), outcome, assignee, item.householdNumber(), item.taskKey(), item.name());
    }

    public boolean succeeded() {
        return outcome == Outcome.CLAIMED || outcome == Outcome.UNCLAIMED || outcome == Outcome.ALREADY_YOURS;
    }

}
