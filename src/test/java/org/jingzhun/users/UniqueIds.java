package org.jingzhun.users;

import java.util.concurrent.atomic.AtomicInteger;

/** User ids no other test uses: the tests share one identity service. */
final class UniqueIds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36);

    private UniqueIds() {
    }

    static String user(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

}
