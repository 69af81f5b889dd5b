package org.jingzhun.signoff;

public enum Decision {
    APPROVE, REJECT, UPHOLD, DISMISS;

    /** A decision that stops or sends back a case must say why ("谁签字谁负责"). */
    public boolean requiresReason() {
        return this == REJECT || this == UPHOLD;
    }
}
