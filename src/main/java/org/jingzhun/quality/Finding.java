package org.jingzhun.quality;

import java.time.Instant;

/** A row of quality_finding, with the household's number and head for lists. */
public record Finding(long id, long householdId, String householdNumber, String headName, String villageCode,
        String ruleCode, String details, String responsibleCadre, String status, Instant foundAt, Instant closedAt,
        Long runId, String processInstanceId) {

    public static final String OPEN = "OPEN";

    public static final String CLOSED = "CLOSED";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public Object[] detailArguments() {
        return Breach.arguments(details);
    }
}
