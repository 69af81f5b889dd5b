package org.jingzhun.inbox;

import java.util.List;

/** A page of inbox rows; {@code page} is 1-based. */
public record InboxPage(List<InboxItem> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

}
