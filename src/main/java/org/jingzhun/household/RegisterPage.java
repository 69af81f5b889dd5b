package org.jingzhun.household;

import java.util.List;

/** A page of the register and the number of households the whole search found. */
public record RegisterPage(List<RegisterRow> rows, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

}
