package org.jingzhun.notification;

/** A mail's way through the outbox: PENDING → SENDING (claimed) → SENT, or back to PENDING, or FAILED. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED;

    /** An administrator may queue a sent or given-up mail again; pending and sending mails are on their way. */
    public boolean resendable() {
        return this == SENT || this == FAILED;
    }
}
