package org.jingzhun.notification;

import java.util.List;
import java.util.Map;

/** The outbox page: how many mails in each state, and one page of them (newest first), perhaps of one state. */
public record OutboxOverview(Map<OutboxStatus, Long> counts, OutboxStatus filter, List<OutboxEntry> entries, int page,
        boolean hasNext) {

    public long count(OutboxStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
