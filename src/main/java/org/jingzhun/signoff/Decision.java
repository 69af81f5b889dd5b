package org.jingzhun.signoff;

public enum Decision {
    APPROVE, REJECT, UPHOLD, DISMISS,
    /** Work handed up for review (e.g. a measure plan) under the submitter's name. */
    SUBMIT;

    /** A decision that stops or sends back a case must say why ("谁签字谁负责"). */
    public boolean requiresReason() {
        return this == REJECT || this == UPHOLD;
    }
}
