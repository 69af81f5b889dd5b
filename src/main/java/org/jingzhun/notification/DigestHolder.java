package org.jingzhun.notification;

import java.util.List;

/**
 * One line of the digest's "overdue work per cadre": who holds the overdue tasks (an assignee, or nobody yet: then the
 * groups they wait in), how many, and the first of them.
 */
public record DigestHolder(String assignee, String name, List<String> groupNames, int count, List<MailTask> shown) {

    public boolean claimed() {
        return assignee != null;
    }

    public int more() {
        return count - shown.size();
    }

}
