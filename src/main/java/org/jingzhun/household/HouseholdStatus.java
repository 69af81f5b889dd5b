package org.jingzhun.household;

import java.util.EnumSet;
import java.util.Set;

public enum HouseholdStatus {
    APPLIED, REJECTED, POOR, EXITED, STABLE, RETURNED;

    /** The lifecycle's legal moves; anything else is a bug in the caller, not a user error. */
    public Set<HouseholdStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(POOR, REJECTED);
            case REJECTED -> EnumSet.noneOf(HouseholdStatus.class);
            case POOR, RETURNED -> EnumSet.of(EXITED);
            case EXITED -> EnumSet.of(STABLE, RETURNED);
            case STABLE -> EnumSet.of(RETURNED);
        };
    }

    public boolean canChangeTo(HouseholdStatus target) {
        return next().contains(target);
    }
}
