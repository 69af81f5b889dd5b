package org.jingzhun.notification;

/** What an administrator's resend did. */
public enum ResendResult {
    /** Pending again, due now, tries counted from zero. */
    QUEUED,
    /** Pending or being sent: it is on its way already. */
    NOT_RESENDABLE,
    NOT_FOUND
}
