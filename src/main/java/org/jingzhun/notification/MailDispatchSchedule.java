package org.jingzhun.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher every {@code jingzhun.mail.dispatch-interval} (after the previous run ended). Off in tests
 * ({@code jingzhun.mail.dispatch-enabled: false}), which call {@link MailDispatcher#dispatchDue()} themselves. Every
 * node of a cluster may run it: claims keep them from sending a row twice.
 */
@Component
@ConditionalOnProperty(name = "jingzhun.mail.dispatch-enabled", matchIfMissing = true)
class MailDispatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(MailDispatchSchedule.class);

    /** Enough for 50 × 100 mails per run; a larger backlog continues in the next run. */
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final MailDispatcher dispatcher;

    private final MailDelivery settings;

    private boolean warned;

    MailDispatchSchedule(MailDispatcher dispatcher, MailDelivery settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${jingzhun.mail.dispatch-interval:10s}",
            initialDelayString = "${jingzhun.mail.dispatch-interval:10s}")
    void run() {
        if (!dispatcher.canSend()) {
            if (!warned) {
                log.warn("No SMTP server configured (spring.mail.host): mails wait in the outbox");
                warned = true;
            }
            return;
        }
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            DispatchResult result = dispatcher.dispatchDue();
            if (result.claimed() < settings.batchSize()) {
                return;
            }
        }
    }

}
