package org.jingzhun.notification;

/** A claimed outbox row as the dispatcher sends it; {@code attempts} counts this try. */
record OutboxRow(long id, String kind, String recipientAddress, String locale, String subject, String textBody,
        String htmlBody, String messageId, int attempts) {
}
