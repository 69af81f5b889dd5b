package org.jingzhun.users;

import java.util.List;

/** One page of the user list; {@code page} counts from 0. */
public record UserPage(List<UserRow> rows, String query, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

}
