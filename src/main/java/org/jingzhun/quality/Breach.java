package org.jingzhun.quality;

import java.util.List;

/** A household breaking a rule; the details are the message arguments of {@code quality.details.<rule>}. */
public record Breach(long householdId, List<String> details) {

    static final String SEPARATOR = "|";

    public Breach(long householdId, Object... details) {
        this(householdId, java.util.Arrays.stream(details).map(String::valueOf).toList());
    }

    /** As stored: the arguments joined by '|' (names and ID numbers contain none), cut to the column's length. */
    String stored() {
        String joined = String.join(SEPARATOR, details);
        return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    static Object[] arguments(String stored) {
        return stored == null || stored.isEmpty() ? new Object[0] : stored.split("\\|", -1);
    }
}
