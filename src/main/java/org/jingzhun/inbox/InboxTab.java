package org.jingzhun.inbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The inbox's tabs. MINE: assigned to me. GROUPS: unassigned, with a candidate group of mine (claimable). OVERDUE: mine
 * or claimable, due before now. FOLLOW_UP: mine, with a follow-up date that has come.
 */
public enum InboxTab {

    MINE("mine"), GROUPS("groups"), OVERDUE("overdue"), FOLLOW_UP("followup");

    private final String param;

    InboxTab(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    static Optional<InboxTab> fromParam(String value) {
        return Arrays.stream(values()).filter(tab -> tab.param.equalsIgnoreCase(value)).findFirst();
    }

}
