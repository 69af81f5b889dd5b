package org.jingzhun.notification;

import java.sql.Timestamp;

import org.jingzhun.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Serialises the scheduled mail jobs across nodes: a job holds its mail_job row until its transaction ends. */
@Component
class MailJobs {

    static final String GROUP_QUEUE = "group-queue";

    static final String DUE_TOMORROW = "due-tomorrow";

    static final String DIGEST = "digest";

    private final JdbcTemplate jdbc;

    private final Today today;

    MailJobs(JdbcTemplate jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Waits for another node's run of the job to finish, then records this run. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(String job) {
        jdbc.queryForList("select name from mail_job where name = ? for update", String.class, job);
        jdbc.update("update mail_job set last_run_at = ? where name = ?", Timestamp.from(today.now()), job);
    }

}
