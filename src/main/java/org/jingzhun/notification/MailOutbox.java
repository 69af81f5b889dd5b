package org.jingzhun.notification;

import java.sql.Timestamp;
import java.util.UUID;

import org.jingzhun.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mails into the outbox inside the transaction of the event that causes them (design.md principle 8): a
 * rolled-back event leaves no mail, a committed one always has its mail. Sending is the dispatcher's job.
 */
@Service
public class MailOutbox {

    private final JdbcTemplate jdbc;

    private final Today today;

    MailOutbox(JdbcTemplate jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Queues the mail unless its event already produced one; true when it was queued now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        Integer existing = jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Integer.class,
                mail.dedupKey());
        if (existing != null && existing > 0) {
            return false;
        }
        Timestamp now = Timestamp.from(today.now());
        jdbc.update("insert into mail_outbox (dedup_key, kind, recipient_user, recipient_address, locale, subject,"
                + " text_body, html_body, message_id, status, attempts, next_attempt_at, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", mail.dedupKey(), mail.kind(),
                mail.recipientUser(), mail.recipientAddress(), mail.locale().toLanguageTag(), mail.subject(),
                mail.textBody(), mail.htmlBody(), "<" + UUID.randomUUID() + "@jingzhun>", now, now);
        return true;
    }

}
