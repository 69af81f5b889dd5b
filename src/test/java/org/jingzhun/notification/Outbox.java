package org.jingzhun.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox as tests see it: queue mails in a transaction of their own, read rows back. */
final class Outbox {

    private final MailOutbox outbox;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate tx;

    Outbox(MailOutbox outbox, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Other tests' mails would be sent along with ours: each mail test starts from an empty outbox. */
    void clear() {
        jdbc.update("delete from mail_outbox");
    }

    static OutgoingMail mail(String key, String address) {
        return new OutgoingMail("test:" + key, "TEST", "cadre", address, Locale.SIMPLIFIED_CHINESE, "新待办：入户调查 " + key,
                "您有一项新待办：入户调查。\n" + key, "<p>您有一项新待办：<strong>入户调查</strong></p><p>" + key + "</p>");
    }

    long enqueue(OutgoingMail mail) {
        tx.executeWithoutResult(status -> outbox.enqueue(mail));
        return id(mail.dedupKey());
    }

    long id(String dedupKey) {
        return jdbc.queryForObject("select id from mail_outbox where dedup_key = ?", Long.class, dedupKey);
    }

    <T> T column(long id, String column, Class<T> type) {
        return jdbc.queryForObject("select " + column + " from mail_outbox where id = ?", type, id);
    }

    String status(long id) {
        return column(id, "status", String.class);
    }

    String messageId(long id) {
        return column(id, "message_id", String.class);
    }

    int attempts(long id) {
        return column(id, "attempts", Integer.class);
    }

    Instant nextAttemptAt(long id) {
        return column(id, "next_attempt_at", Timestamp.class).toInstant();
    }

    List<String> statuses() {
        return jdbc.queryForList("select status from mail_outbox order by id", String.class);
    }

    List<String> messageIds() {
        return jdbc.queryForList("select message_id from mail_outbox order by id", String.class);
    }

}
