package org.jingzhun.notification;

import java.time.Instant;
import java.util.Optional;

import org.jingzhun.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Sends the outbox. For each due row: claim it (its own transaction), talk to the SMTP server (no transaction
 * open), then mark it SENT or schedule the next try (its own transaction). A row's failure never stops the others.
 * <p>
 * Delivery is at least once, never twice at the same time: a row is sent only by the dispatcher holding its claim.
 * If the process dies (or the marking fails) after the server accepted a mail, the row stays claimed until its
 * lease runs out and is then sent again — with the same Message-ID, so the recipient's mail program can recognise
 * the copy. That is the only way a mail arrives twice, and it needs a crash in the instant between the server's
 * "250 OK" and our commit; losing the mail instead is never an option.
 */
@Service
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxStore store;

    private final MailComposer composer;

    private final JavaMailSender sender;

    private final MailDelivery settings;

    private final Today today;

    MailDispatcher(OutboxStore store, MailComposer composer, JavaMailSender sender, MailDelivery settings,
            Today today) {
        this.store = store;
        this.composer = composer;
        this.sender = sender;
        this.settings = settings;
        this.today = today;
    }

    /** One batch of due rows, oldest first; call repeatedly to drain a backlog. */
    public DispatchResult dispatchDue() {
        Instant now = today.now();
        Instant staleBefore = now.minus(settings.lease());
        int claimed = 0;
        int sent = 0;
        int failed = 0;
        for (Long id : store.due(now, staleBefore, settings.batchSize())) {
            Optional<Claim> claim = store.claim(id, now, staleBefore);
            if (claim.isEmpty()) {
                continue;
            }
            claimed++;
            try {
                if (deliver(claim.get())) {
                    sent++;
                } else {
                    failed++;
                }
            } catch (RuntimeException e) {
                // the mark did not commit: the row stays claimed and comes back after its lease
                log.error("Mail {} could not be marked; it will be tried again after {}", id, settings.lease(), e);
            }
        }
        if (failed > 0) {
            log.info("Mail dispatch: {} sent, {} not sent (the outbox page shows why)", sent, failed);
        }
        return new DispatchResult(claimed, sent, failed);
    }

    /** Whether an SMTP server is configured; without one the mails wait in the outbox instead of failing. */
    public boolean canSend() {
        return !(sender instanceof JavaMailSenderImpl impl) || (impl.getHost() != null && !impl.getHost().isBlank());
    }

    private boolean deliver(Claim claim) {
        OutboxRow row = claim.row();
        try {
            sender.send(composer.compose(row, sender));
        } catch (Exception e) {
            recordFailure(claim, e);
            return false;
        }
        if (!store.markSent(claim, today.now())) {
            log.warn("Mail {} was sent but had been taken by another dispatcher meanwhile (lease {})", row.id(),
                    settings.lease());
        }
        return true;
    }

    private void recordFailure(Claim claim, Exception e) {
        OutboxRow row = claim.row();
        boolean permanent = SendFailure.permanent(e);
        boolean giveUp = permanent || row.attempts() >= settings.maxAttempts();
        Instant next = today.now().plus(settings.backoff(row.attempts()));
        String error = SendFailure.describe(e);
        store.markFailed(claim, error, next, giveUp);
        if (giveUp) {
            log.warn("Mail {} ({}) to {} FAILED after {} tries: {}", row.id(), row.kind(), row.recipientAddress(),
                    row.attempts(), error);
        } else {
            log.debug("Mail {} ({}) not sent (try {} of {}), next try at {}: {}", row.id(), row.kind(),
                    row.attempts(), settings.maxAttempts(), next, error);
        }
    }

}
