package org.jingzhun.area;

import java.util.concurrent.atomic.AtomicInteger;

/** Township codes of the demo county that no demo data and no other test uses (the tests share one database). */
public final class TestAreaCodes {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    private TestAreaCodes() {
    }

    /** A fresh township code 622922NNN000, NNN from 500 up. */
    public static String township() {
        return "622922" + NEXT.getAndIncrement() + "000";
    }

}
