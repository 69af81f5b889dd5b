package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

/** The dispatcher against a real SMTP server: delivery, outage and backoff, a crash before marking, giving up. */
@IntegrationTest
class MailDispatcherTest {

    static final Instant START = LocalDateTime.of(2026, 3, 5, 10, 0).atZone(Today.ZONE).toInstant();

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    MailComposer composer;

    @Autowired
    JavaMailSender sender;

    @Autowired
    MailDelivery settings;

    @Autowired
    Today today;

    @Autowired
    OutboxAdmin admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Outbox outbox;

    @BeforeEach
    void emptyOutbox() {
        setClock(START);
        outbox = new Outbox(mailOutbox, jdbc, transactions);
        outbox.clear();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static void setClock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static void advance(Duration duration) {
        setClock(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }

    List<DispatchResult> drain() {
        List<DispatchResult> runs = new ArrayList<>();
        DispatchResult run;
        do {
            run = dispatcher.dispatchDue();
            runs.add(run);
        } while (run.claimed() > 0 && runs.size() < 20);
        return runs;
    }

    List<String> receivedMessageIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    @Test
    void queuedMailIsDeliveredWithSubjectBothBodiesAndItsMessageId() throws Exception {
        long id = outbox.enqueue(Outbox.mail("one", "cadre@example.org"));

        DispatchResult run = dispatcher.dispatchDue();

        assertThat(run).isEqualTo(new DispatchResult(1, 1, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        ReceivedMail mail = DemoSmtpServer.read(message);
        assertThat(mail.messageId()).isEqualTo(outbox.messageId(id)).matches("<[0-9a-f-]{36}@jingzhun>");
        assertThat(mail.subject()).isEqualTo("新待办：入户调查 one");
        assertThat(mail.from()).isEqualTo("no-reply@jingzhun.local");
        assertThat(mail.to()).isEqualTo("cadre@example.org");
        assertThat(mail.text()).contains("您有一项新待办：入户调查。").doesNotContain("<p>");
        assertThat(mail.html()).contains("<strong>入户调查</strong>");
        assertThat(message.getContentType()).startsWith("multipart/");
        assertThat(message.getHeader("Content-Language")).containsExactly("zh-CN");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(outbox.status(id)).isEqualTo("SENT");
        assertThat(outbox.column(id, "sent_at", Timestamp.class).toInstant()).isEqualTo(START);
        assertThat(outbox.attempts(id)).isEqualTo(1);
        assertThat(dispatcher.dispatchDue().claimed()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void mailWithoutHtmlIsSentAsPlainText() throws Exception {
        OutgoingMail plain = new OutgoingMail("test:plain", "TEST", null, "county@example.org",
                Locale.ENGLISH, "Overdue work", "Three tasks are overdue.", null);
        outbox.enqueue(plain);

        dispatcher.dispatchDue();

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(DemoSmtpServer.read(message).text()).isEqualTo("Three tasks are overdue.");
    }

    @Test
    void whenSmtpIsDownWhileHundredMailsFallDueThenAllAreDeliveredExactlyOnceWhenItIsBack() throws Exception {
        for (int i = 0; i < 100; i++) {
            outbox.enqueue(Outbox.mail("bulk-" + i, "user" + i + "@example.org"));
        }
        smtp.stop();

        List<DispatchResult> down = drain();

        assertThat(down.stream().mapToInt(DispatchResult::failed).sum()).isEqualTo(100);
        assertThat(outbox.statuses()).hasSize(100).containsOnly("PENDING");
        long first = outbox.id("test:bulk-0");
        assertThat(outbox.attempts(first)).isEqualTo(1);
        assertThat(outbox.nextAttemptAt(first)).isEqualTo(START.plusSeconds(30));
        assertThat(outbox.column(first, "last_error", String.class)).contains("127.0.0.1")
            .containsIgnoringCase("connect").doesNotContain("\tat ").hasSizeLessThanOrEqualTo(500);

        advance(Duration.ofSeconds(29));
        assertThat(dispatcher.dispatchDue().claimed()).as("waits for its backoff").isZero();

        smtp.start();
        advance(Duration.ofSeconds(1));
        List<DispatchResult> back = drain();

        assertThat(back.stream().mapToInt(DispatchResult::sent).sum()).isEqualTo(100);
        assertThat(outbox.statuses()).containsOnly("SENT");
        List<String> received = receivedMessageIds();
        assertThat(received).hasSize(100).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(outbox.messageIds());

        advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue().claimed()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(100);
    }

    @Test
    void whenTheProcessDiesBetweenSendingAndMarkingThenTheMailIsSentAgainWithTheSameMessageId() throws Exception {
        long id = outbox.enqueue(Outbox.mail("crash", "cadre@example.org"));
        OutboxStore crashesBeforeMarking = new OutboxStore(jdbc, transactions) {
            @Override
            boolean markSent(Claim claim, Instant now) {
                throw new IllegalStateException("the process died before the commit");
            }
        };
        MailDispatcher dying = new MailDispatcher(crashesBeforeMarking, composer, sender, settings, today);

        DispatchResult crashed = dying.dispatchDue();

        assertThat(crashed).isEqualTo(new DispatchResult(1, 0, 0));
        assertThat(receivedMessageIds()).containsExactly(outbox.messageId(id));
        assertThat(outbox.status(id)).as("still claimed, not lost").isEqualTo("SENDING");

        advance(settings.lease().minusSeconds(1));
        assertThat(dispatcher.dispatchDue().claimed()).as("nobody sends it while the claim holds").isZero();

        advance(Duration.ofSeconds(1));
        DispatchResult again = dispatcher.dispatchDue();

        assertThat(again).isEqualTo(new DispatchResult(1, 1, 0));
        assertThat(outbox.status(id)).isEqualTo("SENT");
        assertThat(outbox.attempts(id)).isEqualTo(2);
        assertThat(receivedMessageIds()).containsExactly(outbox.messageId(id), outbox.messageId(id));
        advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue().claimed()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void whenAnotherDispatcherHoldsTheClaimThenMarkingChangesNothing() {
        long id = outbox.enqueue(Outbox.mail("race", "cadre@example.org"));
        OutboxStore store = new OutboxStore(jdbc, transactions);
        Claim stale = store.claim(id, START, START.minus(settings.lease())).orElseThrow();
        Instant later = START.plus(settings.lease()).plusSeconds(1);
        Claim current = store.claim(id, later, later.minus(settings.lease())).orElseThrow();

        assertThat(store.claim(id, later, later.minus(settings.lease()))).as("one claim at a time").isEmpty();
        assertThat(store.markFailed(stale, "late report", later, true)).isFalse();
        assertThat(store.markSent(stale, later)).isFalse();
        assertThat(outbox.status(id)).isEqualTo("SENDING");
        assertThat(store.markSent(current, later)).isTrue();
        assertThat(store.markSent(current, later)).as("marking twice is harmless").isFalse();
        assertThat(outbox.status(id)).isEqualTo("SENT");
    }

    @Test
    void whenTheCausingTransactionRollsBackThenNothingIsSent() throws Exception {
        OutgoingMail mail = Outbox.mail("rolled-back", "cadre@example.org");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(mailOutbox.enqueue(mail)).isTrue();
            status.setRollbackOnly();
        });
        DispatchResult run = dispatcher.dispatchDue();

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Integer.class,
                mail.dedupKey())).isZero();
        assertThat(run.claimed()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void enqueueOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> mailOutbox.enqueue(Outbox.mail("no-tx", "cadre@example.org")))
            .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(outbox.statuses()).isEmpty();
    }

    @Test
    void afterMaxAttemptsTheMailIsFailedWithItsErrorAndAResendDeliversIt() throws Exception {
        long id = outbox.enqueue(Outbox.mail("doomed", "cadre@example.org"));
        String messageId = outbox.messageId(id);
        smtp.stop();
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Instant now = today.now();
            assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchResult(1, 0, 1));
            waits.add(Duration.between(now, outbox.nextAttemptAt(id)));
            setClock(outbox.nextAttemptAt(id));
        }

        assertThat(waits.subList(0, 4)).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4));
        assertThat(outbox.status(id)).isEqualTo("FAILED");
        assertThat(outbox.attempts(id)).isEqualTo(8);
        assertThat(outbox.column(id, "last_error", String.class)).containsIgnoringCase("connect");
        advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchDue().claimed()).as("a failed mail stays failed").isZero();

        assertThat(admin.resend(id, OutboxPagesTest.ADMIN_SCOPE)).isEqualTo(ResendResult.QUEUED);
        smtp.start();
        DispatchResult resent = dispatcher.dispatchDue();

        assertThat(resent).isEqualTo(new DispatchResult(1, 1, 0));
        assertThat(outbox.status(id)).isEqualTo("SENT");
        assertThat(outbox.attempts(id)).isEqualTo(1);
        assertThat(receivedMessageIds()).containsExactly(messageId);
    }

    @Test
    void malformedAddressFailsAtOnceAndDoesNotHoldUpTheOthers() throws Exception {
        long bad = outbox.enqueue(Outbox.mail("bad", "not an address@@example"));
        long good = outbox.enqueue(Outbox.mail("good", "cadre@example.org"));

        DispatchResult run = dispatcher.dispatchDue();

        assertThat(run).isEqualTo(new DispatchResult(2, 1, 1));
        assertThat(outbox.status(bad)).isEqualTo("FAILED");
        assertThat(outbox.attempts(bad)).isEqualTo(1);
        assertThat(outbox.column(bad, "last_error", String.class)).startsWith("AddressException");
        assertThat(outbox.status(good)).isEqualTo("SENT");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> DemoSmtpServer.read(m).to()))
            .containsExactly("cadre@example.org");
    }

}
