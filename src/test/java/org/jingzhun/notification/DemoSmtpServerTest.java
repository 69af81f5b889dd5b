package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The demo's embedded SMTP server, used directly and as the demo configuration wires it (no application). */
class DemoSmtpServerTest {

    static final MailDelivery SETTINGS = new MailDelivery("精准 <no-reply@jingzhun.local>", 50, 8,
            Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5), 0);

    DemoSmtpServer server = new DemoSmtpServer(0);

    @AfterEach
    void stop() {
        server.stop();
        ClockUtil.reset();
    }

    @Test
    void receivesAMailOnTheLoopbackAddressAndShowsItsHeadersAndText() throws Exception {
        server.start();
        Instant sentAt = Instant.parse("2026-03-05T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(sentAt));
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(DemoSmtpServer.HOST);
        sender.setPort(server.port());
        OutboxRow row = new OutboxRow(1, "TEST", "county@example.org", Locale.SIMPLIFIED_CHINESE.toLanguageTag(),
                "督办：入户调查已逾期", "入户调查已逾期三天。", "<p>入户调查已逾期<b>三天</b>。</p>", "<demo-1@jingzhun>", 1);

        sender.send(new MailComposer(SETTINGS, new Today()).compose(row, sender));

        assertThat(server.isRunning()).isTrue();
        assertThat(server.port()).isPositive();
        assertThat(server.received()).singleElement().satisfies(mail -> {
            assertThat(mail.messageId()).isEqualTo("<demo-1@jingzhun>");
            assertThat(mail.from()).contains("no-reply@jingzhun.local");
            assertThat(mail.to()).isEqualTo("county@example.org");
            assertThat(mail.subject()).isEqualTo("督办：入户调查已逾期");
            assertThat(mail.date()).isEqualTo(sentAt);
            assertThat(mail.text()).isEqualTo("入户调查已逾期三天。");
            assertThat(mail.html()).contains("<b>三天</b>");
        });
        assertThat(server.withMessageId("<demo-1@jingzhun>")).hasSize(1);
        assertThat(server.withMessageId("<other@jingzhun>")).isEmpty();
    }

    @Test
    void stopsWithTheApplication() {
        server.start();

        server.stop();

        assertThat(server.isRunning()).isFalse();
    }

    ApplicationContextRunner demo() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailConfig.class, DemoSmtpConfig.class)
            .withPropertyValues("jingzhun.mail.demo-smtp-port=0");
    }

    @Test
    void demoProfileWithoutSmtpHostStartsTheServerAndSendsThroughIt() {
        demo().withPropertyValues("spring.profiles.active=demo", "spring.mail.host=").run(context -> {
            DemoSmtpServer smtp = context.getBean(DemoSmtpServer.class);
            assertThat(smtp.isRunning()).isTrue();
            assertThat(context.getBeansOfType(JavaMailSender.class)).hasSize(1);
            JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(smtp.port());
        });
    }

    @Test
    void demoProfileWithAnSmtpHostUsesThatServer() {
        demo().withPropertyValues("spring.profiles.active=demo", "spring.mail.host=smtp.example.org").run(context -> {
            assertThat(context).doesNotHaveBean(DemoSmtpServer.class);
            assertThat(((JavaMailSenderImpl) context.getBean(JavaMailSender.class)).getHost())
                .isEqualTo("smtp.example.org");
        });
    }

    @Test
    void otherProfilesNeverStartTheServer() {
        demo().withPropertyValues("spring.profiles.active=prod", "spring.mail.host=").run(context -> {
            assertThat(context).doesNotHaveBean(DemoSmtpServer.class);
        });
    }

}
