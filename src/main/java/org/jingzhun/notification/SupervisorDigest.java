package org.jingzhun.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.approval.ApprovalKind;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.Today;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest for township and county staff who keep it on: the overdue work in their areas per cadre holding
 * it, and the approvals waiting in their groups. One statement of the inbox read model per digest; no mail when both
 * lists are empty.
 */
@Service
public class SupervisorDigest {

    /** Overdue tasks listed per holder; the rest are counted. */
    static final int SHOWN_PER_HOLDER = 10;

    private final NamedParameterJdbcTemplate jdbc;

    private final MailFacts facts;

    private final Recipients recipients;

    private final MailRenderer renderer;

    private final MailOutbox outbox;

    private final MailJobs jobs;

    private final Today today;

    SupervisorDigest(NamedParameterJdbcTemplate jdbc, MailFacts facts, Recipients recipients, MailRenderer renderer,
            MailOutbox outbox, MailJobs jobs, Today today) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.recipients = recipients;
        this.renderer = renderer;
        this.outbox = outbox;
        this.jobs = jobs;
        this.today = today;
    }

    /** Returns the number of digests queued; running it again the same day queues none. */
    @Transactional
    public int run() {
        jobs.lock(MailJobs.DIGEST);
        LocalDate day = today.date();
        Instant now = today.now();
        int queued = 0;
        for (var entry : recipients.digestReaders().entrySet()) {
            Recipient reader = entry.getKey();
            Map<String, List<MailTask>> parts = parts(UserScope.of(reader.userId(), entry.getValue()), now);
            List<MailTask> overdue = parts.get("O");
            List<MailTask> approvals = parts.get("A");
            if (overdue.isEmpty() && approvals.isEmpty()) {
                continue;
            }
            Map<String, Object> model = Map.of("day", day, "holders", holders(overdue), "overdueCount",
                    overdue.size(), "approvals", approvals);
            if (outbox.enqueue(renderer.render(MailKind.DIGEST, "digest:" + day + ":" + reader.userId(), reader,
                    model, texts -> new Object[] { texts.date(day), overdue.size(), approvals.size() }))) {
                queued++;
            }
        }
        return queued;
    }

    /** "O": overdue tasks in the reader's areas; "A": decisions offered to the reader's groups, open or theirs. */
    Map<String, List<MailTask>> parts(UserScope scope, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", now.atOffset(ZoneOffset.UTC))
            .addValue("steps", ApprovalKind.steps())
            .addValue("user", scope.userId())
            .addValue("groups", scope.groups());
        List<String> areas = new ArrayList<>();
        List<String> prefixes = scope.prefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            areas.add("t.village_code like :p" + i);
            params.addValue("p" + i, prefixes.get(i) + "%");
        }
        String sql = "select 'O' as part, " + MailFacts.TASK_COLUMNS + " from " + MailFacts.TASK_FROM
                + " where t.household_id is not null and t.due_at < :now and ("
                + (areas.isEmpty() ? "1 = 0" : String.join(" or ", areas)) + ")"
                + " union all select 'A' as part, " + MailFacts.TASK_COLUMNS + " from " + MailFacts.TASK_FROM
                + " where t.household_id is not null and t.task_key in (:steps)"
                + " and (t.assignee is null or t.assignee = :user) and exists (select 1 from inbox_task_group g"
                + " where g.task_id = t.task_id and g.group_id in (:groups))"
                + " order by part, due_at, task_id";
        Map<String, List<MailTask>> parts = new LinkedHashMap<>(Map.of("O", new ArrayList<>(), "A", new ArrayList<>()));
        jdbc.query(sql, params, row -> {
            parts.get(row.getString("part")).add(facts.taskRows().mapRow(row, 0));
        });
        return parts;
    }

    /** Most overdue first; unclaimed work after the cadres with the same count. */
    private List<DigestHolder> holders(List<MailTask> overdue) {
        Map<String, List<MailTask>> byHolder = new LinkedHashMap<>();
        overdue.forEach(task -> byHolder.computeIfAbsent(
                task.assignee() != null ? "user:" + task.assignee() : "groups:" + String.join(",", task.groups()),
                key -> new ArrayList<>()).add(task));
        List<DigestHolder> holders = new ArrayList<>();
        byHolder.values().forEach(tasks -> {
            MailTask first = tasks.get(0);
            List<MailTask> shown = List.copyOf(tasks.subList(0, Math.min(SHOWN_PER_HOLDER, tasks.size())));
            holders.add(first.assignee() != null
                    ? new DigestHolder(first.assignee(), recipients.nameOf(first.assignee()), List.of(), tasks.size(),
                            shown)
                    : new DigestHolder(null, null, recipients.groupNames(first.groups()), tasks.size(), shown));
        });
        holders.sort(Comparator.comparingInt(DigestHolder::count)
            .reversed()
            .thenComparing(holder -> !holder.claimed())
            .thenComparing(holder -> holder.claimed() ? holder.name() : String.join(",", holder.groupNames())));
        return holders;
    }

}
