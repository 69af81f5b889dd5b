package org.jingzhun.notification;

import java.util.Locale;

/**
 * A mail as it will be sent, rendered when the event happens (so a later template change cannot alter what an event
 * said). {@code dedupKey} names the event, e.g. "escalation:<taskId>:ESCALATION:<group>": the same event never
 * produces a second mail.
 */
public record OutgoingMail(String dedupKey, String kind, String recipientUser, String recipientAddress, Locale locale,
        String subject, String textBody, String htmlBody) {
}
