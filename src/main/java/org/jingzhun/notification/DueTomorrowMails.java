package org.jingzhun.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: the open tasks falling due tomorrow (Beijing time), one mail per reader listing theirs — to the
 * assignee, or to the members of the candidate groups while nobody holds the task.
 */
@Service
public class DueTomorrowMails {

    private static final String DUE = "select " + MailFacts.TASK_COLUMNS + " from " + MailFacts.TASK_FROM
            + " where t.due_at >= ? and t.due_at < ? and t.household_id is not null order by t.due_at, t.task_id";

    private final JdbcTemplate jdbc;

    private final MailFacts facts;

    private final Recipients recipients;

    private final MailRenderer renderer;

    private final MailOutbox outbox;

    private final MailJobs jobs;

    private final Today today;

    DueTomorrowMails(JdbcTemplate jdbc, MailFacts facts, Recipients recipients, MailRenderer renderer,
            MailOutbox outbox, MailJobs jobs, Today today) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.recipients = recipients;
        this.renderer = renderer;
        this.outbox = outbox;
        this.jobs = jobs;
        this.today = today;
    }

    /** Returns the number of mails queued; running it again the same day queues none. */
    @Transactional
    public int run() {
        jobs.lock(MailJobs.DUE_TOMORROW);
        LocalDate tomorrow = today.date().plusDays(1);
        List<MailTask> due = jdbc.query(DUE, facts.taskRows(),
                tomorrow.atStartOfDay(Today.ZONE).toOffsetDateTime(),
                tomorrow.plusDays(1).atStartOfDay(Today.ZONE).toOffsetDateTime());
        Map<Recipient, List<MailTask>> byReader = new LinkedHashMap<>();
        for (MailTask task : due) {
            List<Recipient> readers = task.assignee() != null ? recipients.user(task.assignee()).stream().toList()
                    : recipients.members(task.groups());
            readers.forEach(reader -> byReader.computeIfAbsent(reader, r -> new ArrayList<>()).add(task));
        }
        int queued = 0;
        for (var entry : byReader.entrySet()) {
            List<MailTask> tasks = entry.getValue();
            if (outbox.enqueue(renderer.render(MailKind.DUE_TOMORROW,
                    "due-tomorrow:" + tomorrow + ":" + entry.getKey().userId(), entry.getKey(),
                    Map.of("tasks", tasks, "day", tomorrow),
                    texts -> new Object[] { tasks.size(), texts.date(tomorrow) }))) {
                queued++;
            }
        }
        return queued;
    }

}
