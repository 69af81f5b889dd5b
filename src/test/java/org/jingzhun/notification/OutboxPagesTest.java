package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jingzhun.security.UserScope;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.util.HtmlUtils;

/** The outbox and mailbox pages: administrators only; counts, filters, errors and resend. */
@IntegrationTest
class OutboxPagesTest {

    static final UserScope ADMIN_SCOPE = UserScope.of("admin", List.of(AreaGroups.ADMINS));

    @Autowired
    MockMvc mvc;

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    OutboxAdmin admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Outbox outbox;

    long pending;

    long sent;

    long failed;

    static RequestPostProcessor administrator() {
        return WebUsers.as("admin", AreaGroups.ADMINS);
    }

    @BeforeEach
    void oneMailInEachState() {
        outbox = new Outbox(mailOutbox, jdbc, transactions);
        outbox.clear();
        pending = outbox.enqueue(Outbox.mail("pending", "pending@example.org"));
        sent = outbox.enqueue(Outbox.mail("sent", "sent@example.org"));
        failed = outbox.enqueue(Outbox.mail("failed", "failed@example.org"));
        jdbc.update("update mail_outbox set status = 'SENT', attempts = 1, sent_at = created_at where id = ?", sent);
        jdbc.update("update mail_outbox set status = 'FAILED', attempts = 8,"
                + " last_error = 'MailConnectException: Couldn''t connect to host' where id = ?", failed);
    }

    @Test
    void outboxWhenAnonymousThenRedirectsToLogin() throws Exception {
        mvc.perform(get("/admin/outbox")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/admin/mailbox")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void outboxWhenNotAnAdministratorThenForbiddenAndNothingChanges() throws Exception {
        mvc.perform(get("/admin/outbox").with(WebUsers.cadre()))
            .andExpect(status().isForbidden())
            .andExpect(content().string(not(containsString("failed@example.org"))));
        mvc.perform(get("/admin/outbox").with(WebUsers.county())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/{id}/resend", failed).with(csrf()).with(WebUsers.cadre()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/admin/mailbox").with(WebUsers.township())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mailbox/message").param("id", "<x@jingzhun>").with(WebUsers.cadre()))
            .andExpect(status().isForbidden());

        assertThat(outbox.status(failed)).isEqualTo("FAILED");
    }

    @Test
    void outboxServiceRefusesEveryoneButAdministrators() {
        UserScope cadre = UserScope.of("cadre", List.of("cadre-622922100201"));

        assertThatThrownBy(() -> admin.overview(null, 0, cadre))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resend(failed, cadre))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(outbox.status(failed)).isEqualTo("FAILED");
    }

    @Test
    void outboxWhenAdministratorThenCountsEveryStateAndListsTheMailsWithTheirErrors() throws Exception {
        mvc.perform(get("/admin/outbox").with(administrator()).locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(view().name("notification/outbox"))
            .andExpect(content().string(allOf(containsString("Mail outbox"),
                    containsString("id=\"count-PENDING\""), containsString("id=\"count-FAILED\""),
                    containsString("id=\"mail-" + pending + "\""), containsString("id=\"mail-" + sent + "\""),
                    containsString("id=\"mail-" + failed + "\""), containsString("failed@example.org"),
                    containsString("新待办：入户调查 failed"), containsString(HtmlUtils.htmlEscape(outbox.messageId(failed))),
                    containsString("Last error: MailConnectException: Couldn&#39;t connect to host"),
                    containsString("Send again"))));

        OutboxOverview overview = admin.overview(null, 0, ADMIN_SCOPE);
        assertThat(overview.counts()).containsEntry(OutboxStatus.PENDING, 1L)
            .containsEntry(OutboxStatus.SENT, 1L)
            .containsEntry(OutboxStatus.FAILED, 1L)
            .containsEntry(OutboxStatus.SENDING, 0L);
        assertThat(overview.entries()).extracting(OutboxEntry::id).containsExactly(failed, sent, pending);
        assertThat(overview.entries()).filteredOn(e -> e.id() == pending).singleElement()
            .satisfies(e -> assertThat(e.resendable()).isFalse());
    }

    @Test
    void outboxFilteredByStateListsOnlyThatState() throws Exception {
        mvc.perform(get("/admin/outbox").param("status", "FAILED").with(administrator())
            .locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("邮件发件箱"), containsString("发送失败"),
                    containsString("id=\"mail-" + failed + "\""), not(containsString("id=\"mail-" + sent + "\"")),
                    not(containsString("id=\"mail-" + pending + "\"")))));
    }

    @Test
    void outboxPagesFiftyMailsAtATime() throws Exception {
        for (int i = 0; i < OutboxAdmin.PAGE_SIZE; i++) {
            outbox.enqueue(Outbox.mail("page-" + i, "user" + i + "@example.org"));
        }
        String page = mvc.perform(get("/admin/outbox").with(administrator()))
            .andExpect(content().string(not(containsString("id=\"mail-" + pending + "\""))))
            .andReturn()
            .getResponse()
            .getContentAsString();
        Matcher next = Pattern.compile("rel=\"next\"\\s+href=\"([^\"]+)\"").matcher(page);
        assertThat(next.find()).isTrue();
        mvc.perform(get(HtmlUtils.htmlUnescape(next.group(1))).with(administrator()))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"mail-" + pending + "\""),
                    containsString("id=\"mail-" + failed + "\""), containsString("rel=\"prev\""))));

        OutboxOverview first = admin.overview(OutboxStatus.PENDING, 0, ADMIN_SCOPE);
        OutboxOverview second = admin.overview(OutboxStatus.PENDING, 1, ADMIN_SCOPE);

        assertThat(first.entries()).hasSize(OutboxAdmin.PAGE_SIZE);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.entries()).extracting(OutboxEntry::id).containsExactly(pending);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void resendWhenFailedThenPendingAgainWithItsMessageIdAndFlash() throws Exception {
        String messageId = outbox.messageId(failed);

        mvc.perform(post("/admin/outbox/{id}/resend", failed).param("status", "FAILED").with(csrf())
            .with(administrator()).locale(Locale.ENGLISH))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/admin/outbox?status=FAILED"))
            .andExpect(flash().attribute("message", "Mail " + failed + " is queued again and will be sent shortly."));

        assertThat(outbox.status(failed)).isEqualTo("PENDING");
        assertThat(outbox.attempts(failed)).isZero();
        assertThat(outbox.column(failed, "last_error", String.class)).isNull();
        assertThat(outbox.messageId(failed)).isEqualTo(messageId);
    }

    @Test
    void resendWhenSentThenPendingAgainUnderANewMessageId() throws Exception {
        String messageId = outbox.messageId(sent);

        mvc.perform(post("/admin/outbox/{id}/resend", sent).with(csrf()).with(administrator()))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/admin/outbox"));

        assertThat(outbox.status(sent)).isEqualTo("PENDING");
        assertThat(outbox.column(sent, "sent_at", Timestamp.class)).isNull();
        assertThat(outbox.messageId(sent)).isNotEqualTo(messageId).matches("<[0-9a-f-]{36}@jingzhun>");
    }

    @Test
    void resendWhenPendingOrUnknownThenNothingChangesAndTheFlashSaysWhy() throws Exception {
        mvc.perform(post("/admin/outbox/{id}/resend", pending).with(csrf()).with(administrator())
            .locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(flash().attribute("message", "邮件 " + pending + " 正在发送途中，不能重新排队。"));
        mvc.perform(post("/admin/outbox/{id}/resend", 999999).with(csrf()).with(administrator())
            .locale(Locale.ENGLISH))
            .andExpect(flash().attribute("message", "There is no mail 999999."));

        assertThat(outbox.status(pending)).isEqualTo("PENDING");
        assertThat(outbox.statuses()).containsExactly("PENDING", "SENT", "FAILED");
    }

    @Test
    void resendWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/admin/outbox/{id}/resend", failed).with(administrator()))
            .andExpect(status().isForbidden());

        assertThat(outbox.status(failed)).isEqualTo("FAILED");
    }

    @Test
    void mailboxWhenNoEmbeddedServerRunsThenSaysWhereMailGoes() throws Exception {
        mvc.perform(get("/admin/mailbox").with(administrator()).locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(view().name("notification/mailbox"))
            .andExpect(content().string(containsString("No embedded mail server is running")));
        mvc.perform(get("/admin/mailbox/message").param("id", "<x@jingzhun>").with(administrator()))
            .andExpect(status().isNotFound());
    }

}
