package org.jingzhun.notification;

import java.time.Instant;

/** One outbox row as the administrator's page shows it. */
public record OutboxEntry(long id, String kind, String recipientAddress, String recipientUser, String subject,
        OutboxStatus status, int attempts, String lastError, String messageId, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt) {

    public boolean resendable() {
        return status.resendable();
    }
}
