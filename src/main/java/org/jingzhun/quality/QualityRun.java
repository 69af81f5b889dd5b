package org.jingzhun.quality;

import java.time.Instant;

/** A row of quality_run: one check of an area (scopeCode null: every area) and how far it got. */
public record QualityRun(long id, String scopeCode, String scopePrefix, String kind, String status, String startedBy,
        int total, int checked, int opened, int closed, Instant createdAt, Instant finishedAt, String failure) {

    public static final String MANUAL = "MANUAL";

    public static final String NIGHTLY = "NIGHTLY";

    public boolean isFinished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    /** Whole percent of households checked; a finished run is 100 even with no households. */
    public int percent() {
        if ("DONE".equals(status)) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, checked * 100L / total);
    }
}
