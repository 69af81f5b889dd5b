package org.jingzhun.notification;

import java.time.Instant;

/** A mail the demo SMTP server received, as the mailbox page shows it. */
public record ReceivedMail(String messageId, String from, String to, String subject, Instant date, String text,
        String html) {
}
