package org.jingzhun.inbox;

/** How many tasks each tab holds, without the page's filters. */
public record InboxCounts(long mine, long groups, long overdue, long followUp) {

    public long of(InboxTab tab) {
        return switch (tab) {
            case MINE -> mine;
            case GROUPS -> groups;
            case OVERDUE -> overdue;
            case FOLLOW_UP -> followUp;
        };
    }

}
