package org.jingzhun.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the batched mails are written, in Beijing time; each cron is a setting ({@code jingzhun.notifications.*},
 * "-" switches a job off, as the tests do: they run the jobs themselves).
 */
@Configuration
@EnableScheduling
class MailSchedule {

    private final GroupQueueMails groupQueue;

    private final DueTomorrowMails dueTomorrow;

    private final SupervisorDigest digest;

    MailSchedule(GroupQueueMails groupQueue, DueTomorrowMails dueTomorrow, SupervisorDigest digest) {
        this.groupQueue = groupQueue;
        this.dueTomorrow = dueTomorrow;
        this.digest = digest;
    }

    @Scheduled(cron = "${jingzhun.notifications.group-queue-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    void groupQueue() {
        groupQueue.run();
    }

    @Scheduled(cron = "${jingzhun.notifications.due-tomorrow-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
    void dueTomorrow() {
        dueTomorrow.run();
    }

    @Scheduled(cron = "${jingzhun.notifications.digest-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    void digest() {
        digest.run();
    }

}
