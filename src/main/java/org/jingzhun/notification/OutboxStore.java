package org.jingzhun.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's side of {@code mail_outbox}. Every write is its own short transaction (never one around the SMTP
 * conversation) and is guarded by the row's state, so two dispatchers racing for a row, or a dispatcher reporting on
 * a row that was taken from it after its lease ran out, change nothing.
 */
@Component
class OutboxStore {

    private static final String DUE = "((status = 'PENDING' and next_attempt_at <= ?)"
            + " or (status = 'SENDING' and claimed_at <= ?))";

    private final JdbcTemplate jdbc;

    private final TransactionTemplate tx;

    OutboxStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Rows to send now: pending and due, or claimed by a dispatcher whose lease ran out before {@code staleBefore}. */
    List<Long> due(Instant now, Instant staleBefore, int limit) {
        return jdbc.queryForList("select id from mail_outbox where " + DUE + " order by id limit ?", Long.class,
                ts(now), ts(staleBefore), limit);
    }

    /** Takes the row if it is still due; empty when another dispatcher was quicker. Counts the try. */
    Optional<Claim> claim(long id, Instant now, Instant staleBefore) {
        String token = UUID.randomUUID().toString();
        return tx.execute(status -> {
            int taken = jdbc.update("update mail_outbox set status = 'SENDING', claimed_at = ?, claim_token = ?,"
                    + " attempts = attempts + 1 where id = ? and " + DUE, ts(now), token, id, ts(now),
                    ts(staleBefore));
            if (taken == 0) {
                return Optional.<Claim>empty();
            }
            OutboxRow row = jdbc.queryForObject("select id, kind, recipient_address, locale, subject, text_body,"
                    + " html_body, message_id, attempts from mail_outbox where id = ?",
                    (rs, n) -> new OutboxRow(rs.getLong("id"), rs.getString("kind"),
                            rs.getString("recipient_address"), rs.getString("locale"), rs.getString("subject"),
                            rs.getString("text_body"), rs.getString("html_body"), rs.getString("message_id"),
                            rs.getInt("attempts")),
                    id);
            return Optional.of(new Claim(row, token));
        });
    }

    /** SENT, if the claim still holds; false when the row was taken from this dispatcher meanwhile. */
    boolean markSent(Claim claim, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> jdbc.update("update mail_outbox set status = 'SENT',"
                + " sent_at = ?, last_error = null, claimed_at = null, claim_token = null"
                + " where id = ? and status = 'SENDING' and claim_token = ?", ts(now), claim.row().id(),
                claim.token()) == 1));
    }

    /** Back to PENDING until {@code nextAttempt}, or FAILED when {@code giveUp}; the error stays visible. */
    boolean markFailed(Claim claim, String error, Instant nextAttempt, boolean giveUp) {
        return Boolean.TRUE.equals(tx.execute(status -> jdbc.update("update mail_outbox set status = ?,"
                + " last_error = ?, next_attempt_at = ?, claimed_at = null, claim_token = null"
                + " where id = ? and status = 'SENDING' and claim_token = ?",
                (giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING).name(), error, ts(nextAttempt),
                claim.row().id(), claim.token()) == 1));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

}
