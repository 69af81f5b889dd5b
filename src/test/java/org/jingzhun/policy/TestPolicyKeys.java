package org.jingzhun.policy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Policy parameters of a test's own, so that changing them disturbs no other test of the shared database. */
public final class TestPolicyKeys {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestPolicyKeys() {
    }

    /** A step "admin-test-N" with due period P10D and escalation delay P3D; returns the step name. */
    public static String step(PolicyParameterRepository parameters) {
        String step = "admin-test-" + SEQUENCE.incrementAndGet();
        parameters.save(new PolicyParameter("due." + step, null, "P10D", "test step", Instant.now(), "system"));
        parameters.save(new PolicyParameter("escalation." + step, null, "P3D", "test step", Instant.now(), "system"));
        return step;
    }

    /** A yearly line "admin-test-N-line" with 2015: 2855 and 2020: 4000; returns its key. */
    public static String line(PolicyParameterRepository parameters) {
        String key = "admin-test-" + SEQUENCE.incrementAndGet() + "-line";
        parameters.save(new PolicyParameter(key, 2015, "2855", "test line", Instant.now(), "system"));
        parameters.save(new PolicyParameter(key, 2020, "4000", "test line", Instant.now(), "system"));
        return key;
    }

    /** A whole-number parameter "notice-days.ADMINTESTN" of 7; returns its key. */
    public static String days(PolicyParameterRepository parameters) {
        String key = "notice-days.ADMINTEST" + SEQUENCE.incrementAndGet();
        parameters.save(new PolicyParameter(key, null, "7", "test days", Instant.now(), "system"));
        return key;
    }

}
