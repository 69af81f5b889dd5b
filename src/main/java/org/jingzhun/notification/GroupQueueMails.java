package org.jingzhun.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New work in a group queue, batched: each member of a candidate group gets one mail listing the unclaimed tasks that
 * arrived in their groups since the last batch (not one mail per task). A task is announced once; tasks created with
 * an assignee are told by the assignment mail instead.
 */
@Service
public class GroupQueueMails {

    private static final String NEW_TASKS = "select " + MailFacts.TASK_COLUMNS + ", g.group_id"
            + " from " + MailFacts.TASK_FROM + " join inbox_task_group g on g.task_id = t.task_id"
            + " where t.assignee is null and t.household_id is not null"
            + " and not exists (select 1 from group_queue_announced n where n.task_id = t.task_id)"
            + " order by t.created_at, t.task_id";

    private final JdbcTemplate jdbc;

    private final MailFacts facts;

    private final Recipients recipients;

    private final MailRenderer renderer;

    private final MailOutbox outbox;

    private final MailJobs jobs;

    private final Today today;

    GroupQueueMails(JdbcTemplate jdbc, MailFacts facts, Recipients recipients, MailRenderer renderer,
            MailOutbox outbox, MailJobs jobs, Today today) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.recipients = recipients;
        this.renderer = renderer;
        this.outbox = outbox;
        this.jobs = jobs;
        this.today = today;
    }

    /** Runs one batch; returns the number of mails queued. */
    @Transactional
    public int run() {
        jobs.lock(MailJobs.GROUP_QUEUE);
        Map<String, List<MailTask>> byGroup = new LinkedHashMap<>();
        Map<String, MailTask> announced = new LinkedHashMap<>();
        jdbc.query(NEW_TASKS, row -> {
            MailTask task = facts.taskRows().mapRow(row, 0);
            byGroup.computeIfAbsent(row.getString("group_id"), g -> new ArrayList<>()).add(task);
            announced.putIfAbsent(task.id(), task);
        });
        Map<Recipient, Map<String, MailTask>> byReader = new LinkedHashMap<>();
        byGroup.forEach((group, tasks) -> recipients.members(List.of(group))
            .forEach(reader -> tasks.forEach(task -> byReader.computeIfAbsent(reader, r -> new LinkedHashMap<>())
                .putIfAbsent(task.id(), task))));
        int queued = 0;
        for (var entry : byReader.entrySet()) {
            List<MailTask> tasks = List.copyOf(entry.getValue().values());
            String key = "group-queue:" + entry.getKey().userId() + ":" + fingerprint(tasks);
            if (outbox.enqueue(renderer.render(MailKind.GROUP_QUEUE, key, entry.getKey(), Map.of("tasks", tasks),
                    texts -> new Object[] { tasks.size() }))) {
                queued++;
            }
        }
        jdbc.update("delete from group_queue_announced n"
                + " where not exists (select 1 from inbox_task t where t.task_id = n.task_id)");
        Timestamp now = Timestamp.from(today.now());
        jdbc.batchUpdate("insert into group_queue_announced (task_id, announced_at) values (?, ?)",
                announced.keySet().stream().map(taskId -> new Object[] { taskId, now }).toList());
        return queued;
    }

    /** Names the batch by what it announces: the same tasks are never announced to a reader twice. */
    private static String fingerprint(List<MailTask> tasks) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            tasks.forEach(task -> digest.update((task.id() + ",").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
