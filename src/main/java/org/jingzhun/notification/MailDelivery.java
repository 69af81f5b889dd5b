package org.jingzhun.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code jingzhun.mail.*}; the SMTP server itself is {@code spring.mail.*}). A failed
 * try waits {@code backoffInitial}, then twice as long each time up to {@code backoffMax}; the row is FAILED after
 * {@code maxAttempts} tries. A claimed row whose dispatcher has not reported back within {@code lease} is taken
 * again (its dispatcher is assumed dead), so the lease must be far longer than the SMTP timeouts.
 */
@ConfigurationProperties("jingzhun.mail")
public record MailDelivery(@DefaultValue("no-reply@jingzhun.local") String from, @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration backoffInitial,
        @DefaultValue("1h") Duration backoffMax, @DefaultValue("5m") Duration lease,
        @DefaultValue("3025") int demoSmtpPort) {

    /** The wait after the given number of failed tries: 30 s, 1 min, 2 min, … at most {@code backoffMax}. */
    Duration backoff(int attempts) {
        Duration delay = backoffInitial;
        for (int i = 1; i < attempts && delay.compareTo(backoffMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(backoffMax) < 0 ? delay : backoffMax;
    }

}
