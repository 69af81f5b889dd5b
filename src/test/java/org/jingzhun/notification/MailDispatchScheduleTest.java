package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jingzhun.system.Today;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Without an SMTP server the schedule leaves the outbox alone instead of burning every mail's tries. */
class MailDispatchScheduleTest {

    int lookups;

    OutboxStore store = new OutboxStore(null, null) {
        @Override
        List<Long> due(Instant now, Instant staleBefore, int limit) {
            lookups++;
            return List.of();
        }
    };

    MailDispatchSchedule schedule(String host) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        Today today = new Today();
        MailDelivery settings = DemoSmtpServerTest.SETTINGS;
        return new MailDispatchSchedule(new MailDispatcher(store, new MailComposer(settings, today), sender, settings,
                today), settings);
    }

    @Test
    void withoutSmtpHostTheOutboxIsNotTouched() {
        MailDispatchSchedule schedule = schedule("");

        schedule.run();
        schedule.run();

        assertThat(lookups).isZero();
    }

    @Test
    void withSmtpHostEachRunLooksForDueMails() {
        MailDispatchSchedule schedule = schedule("smtp.example.org");

        schedule.run();

        assertThat(lookups).isEqualTo(1);
    }

}
