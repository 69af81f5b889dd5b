package org.jingzhun.notification;

/** A row of mail_outbox as the tests read it. */
record MailRow(String dedupKey, String kind, String recipientUser, String recipientAddress, String locale,
        String subject, String textBody, String htmlBody) {
}
