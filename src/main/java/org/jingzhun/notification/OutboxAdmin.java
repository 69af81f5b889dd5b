package org.jingzhun.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jingzhun.security.UserScope;
import org.jingzhun.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of the outbox: counts, the mails with their errors, and resend. */
@Service
public class OutboxAdmin {

    public static final int PAGE_SIZE = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxAdmin.class);

    private final JdbcTemplate jdbc;

    private final Today today;

    OutboxAdmin(JdbcTemplate jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Page {@code page} (from 0) of the mails, newest first, only those in {@code filter} unless it is null. */
    @Transactional(readOnly = true)
    public OutboxOverview overview(OutboxStatus filter, int page, UserScope scope) {
        AdminOnly.require(scope);
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from mail_outbox group by status",
                rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        int from = Math.max(page, 0) * PAGE_SIZE;
        List<Object> args = new ArrayList<>();
        String where = "";
        if (filter != null) {
            where = " where status = ?";
            args.add(filter.name());
        }
        args.add(PAGE_SIZE + 1);
        args.add(from);
        List<OutboxEntry> entries = jdbc.query("select id, kind, recipient_address, recipient_user, subject, status,"
                + " attempts, last_error, message_id, created_at, next_attempt_at, sent_at from mail_outbox" + where
                + " order by id desc limit ? offset ?", OutboxAdmin::entry, args.toArray());
        boolean hasNext = entries.size() > PAGE_SIZE;
        return new OutboxOverview(counts, filter, hasNext ? entries.subList(0, PAGE_SIZE) : entries,
                Math.max(page, 0), hasNext);
    }

    /**
     * Queues a sent or failed mail again: pending, due now, tries from zero. A failed mail keeps its Message-ID (a
     * copy that did arrive stays recognisable); a sent one gets a new Message-ID, because sending it again is a
     * deliberate second mail, and mail services drop a Message-ID they have already delivered.
     */
    @Transactional
    public ResendResult resend(long id, UserScope scope) {
        AdminOnly.require(scope);
        int queued = jdbc.update("update mail_outbox set message_id = case when status = 'SENT' then ? else"
                + " message_id end, status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null,"
                + " sent_at = null, claimed_at = null, claim_token = null"
                + " where id = ? and status in ('SENT', 'FAILED')",
                "<" + UUID.randomUUID() + "@jingzhun>", Timestamp.from(today.now()), id);
        if (queued == 1) {
            log.info("Mail {} queued again by {}", id, scope.userId());
            return ResendResult.QUEUED;
        }
        Integer exists = jdbc.queryForObject("select count(*) from mail_outbox where id = ?", Integer.class, id);
        return exists != null && exists > 0 ? ResendResult.NOT_RESENDABLE : ResendResult.NOT_FOUND;
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient_address"),
                rs.getString("recipient_user"), rs.getString("subject"), OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getString("message_id"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
