package org.jingzhun.task;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jingzhun.system.Today;

/** A comment on a task (Camunda's task comments): who wrote it, when, and what. */
public record TaskComment(String author, Instant time, String text) {

    /** The time in the users' zone, for #temporals. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(time, Today.ZONE);
    }

}
