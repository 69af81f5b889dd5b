package org.jingzhun.notification;

import java.time.Instant;
import java.util.List;

/** An open task as a mail lists it: step, household, due date, who holds it, and the absolute link to it. */
public record MailTask(String id, String key, String name, MailHousehold household, Instant due, String assignee,
        List<String> groups, String link) {

    public MailTask {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

}
