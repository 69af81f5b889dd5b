package org.jingzhun.task;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jingzhun.system.Today;
import org.jingzhun.workflow.EscalationLevel;

/** One rung of a task's escalation ladder: the level, who was told (group names or user ids) and when. */
public record EscalationStep(EscalationLevel level, String told, Instant notifiedAt) {

    public LocalDateTime localNotifiedAt() {
        return LocalDateTime.ofInstant(notifiedAt, Today.ZONE);
    }

}
