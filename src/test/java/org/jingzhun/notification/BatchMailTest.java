package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.notification.MailFixture.BASE_URL;
import static org.jingzhun.notification.MailFixture.CADRE;
import static org.jingzhun.notification.MailFixture.CADRE_2;
import static org.jingzhun.notification.MailFixture.OTHER_VILLAGE;
import static org.jingzhun.notification.MailFixture.SUPERVISOR;
import static org.jingzhun.notification.MailFixture.SUPERVISOR_2;
import static org.jingzhun.notification.MailFixture.VILLAGE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.security.UserScope;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.StatementRecorder;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The scheduled mails, run by hand: new work in a group queue, due tomorrow, the supervisors' daily digest. */
@IntegrationTest
class BatchMailTest {

    @Autowired
    MailFixture fixture;

    @Autowired
    GroupQueueMails groupQueue;

    @Autowired
    DueTomorrowMails dueTomorrow;

    @Autowired
    SupervisorDigest digest;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    HouseholdService households;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    MailFacts facts;

    @Autowired
    Recipients recipients;

    @Autowired
    MailRenderer renderer;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailJobs jobs;

    @BeforeEach
    void languages() {
        fixture.prepare(Instant.parse("2025-08-04T02:00:00Z"));
        fixture.language(CADRE_2, MailLanguage.EN);
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        fixture.cleanUp();
    }

    @Test
    void threeNewGroupTasksThenEachMemberGetsOneMailListingAllThreeAndTheNextBatchNothing() {
        groupQueue.run();
        Map<String, Long> before = countByRecipient("GROUP_QUEUE");
        List<Task> surveys = List.of(survey(VILLAGE), survey(VILLAGE), survey(VILLAGE));
        Task assigned = fixture.task(fixture.start("AssistanceProcess", fixture.household(VILLAGE, true)),
                "Task_PlanMeasures");

        groupQueue.run();

        Map<String, Long> after = countByRecipient("GROUP_QUEUE");
        assertThat(after.get(CADRE) - before.getOrDefault(CADRE, 0L)).isEqualTo(1);
        assertThat(after.get(CADRE_2) - before.getOrDefault(CADRE_2, 0L)).isEqualTo(1);
        MailRow chinese = last("GROUP_QUEUE", CADRE);
        MailRow english = last("GROUP_QUEUE", CADRE_2);
        fixture.keepSample(chinese);
        fixture.keepSample(english);
        assertThat(chinese.subject()).isEqualTo("您所在小组新增 3 项待认领事项");
        assertThat(english.subject()).isEqualTo("3 new tasks in your group queue");
        for (Task survey : surveys) {
            assertThat(chinese.textBody()).contains(BASE_URL + "/tasks/" + survey.getId());
            assertThat(english.htmlBody()).contains("href=\"" + BASE_URL + "/tasks/" + survey.getId() + "\"");
        }
        assertThat(chinese.textBody()).contains("入户调查", "胭脂村", BASE_URL + "/inbox?tab=groups")
            .doesNotContain(assigned.getId());
        assertThat(english.textBody()).contains("Household survey", "Claim them in your inbox");

        assertThat(announced(surveys.get(0))).isOne();
        runtimeService.deleteProcessInstance(surveys.get(0).getProcessInstanceId(), "withdrawn");

        groupQueue.run();

        assertThat(countByRecipient("GROUP_QUEUE")).containsEntry(CADRE, after.get(CADRE))
            .containsEntry(CADRE_2, after.get(CADRE_2));
        assertThat(announced(surveys.get(0))).as("the mark of a task that is gone").isZero();
        assertThat(announced(surveys.get(1))).isOne();
    }

    private int announced(Task task) {
        return jdbc.queryForObject("select count(*) from group_queue_announced where task_id = ?", Integer.class,
                task.getId());
    }

    @Test
    void tasksDueTomorrowThenTheirHoldersGetOneListEachDayAndNotTwice() {
        Task survey = survey(VILLAGE);
        Task plan = fixture.task(fixture.start("AssistanceProcess", fixture.household(OTHER_VILLAGE, true)),
                "Task_PlanMeasures");

        at(survey.getDueDate().toInstant().minus(1, ChronoUnit.DAYS));
        dueTomorrow.run();
        dueTomorrow.run();

        List<MailRow> first = fixture.mails("due-tomorrow:" + dateOf(survey.getDueDate()) + ":").stream()
            .filter(mail -> List.of(CADRE, CADRE_2).contains(mail.recipientUser()))
            .toList();
        assertThat(first).extracting(MailRow::recipientUser).containsExactly(CADRE, CADRE_2);
        first.forEach(fixture::keepSample);
        assertThat(first.get(0).subject()).startsWith("明天（").endsWith("）到期的待办 1 项");
        assertThat(first.get(0).textBody()).contains(BASE_URL + "/tasks/" + survey.getId())
            .doesNotContain(plan.getId());
        assertThat(first.get(1).subject()).startsWith("1 task due tomorrow (");
        assertThat(first.get(1).htmlBody()).contains("href=\"" + BASE_URL + "/tasks/" + survey.getId() + "\"");

        at(plan.getDueDate().toInstant().minus(1, ChronoUnit.DAYS));
        dueTomorrow.run();

        assertThat(fixture.mails("due-tomorrow:" + dateOf(plan.getDueDate()) + ":")).filteredOn(
                mail -> List.of(CADRE, CADRE_2).contains(mail.recipientUser()))
            .singleElement()
            .satisfies(mail -> {
                assertThat(mail.recipientUser()).isEqualTo(CADRE);
                assertThat(mail.textBody()).contains("制定帮扶计划", BASE_URL + "/tasks/" + plan.getId());
            });
    }

    @Test
    void supervisorsDigestListsOverdueWorkPerCadreAndTheApprovalsWaitingAndOnlyForThoseWhoWantIt() {
        fixture.digest(SUPERVISOR_2, false);
        fixture.language(SUPERVISOR, MailLanguage.ZH_CN);
        Task claimed = survey(VILLAGE);
        identityService.setAuthentication(CADRE, List.of(MailFixture.CADRES));
        taskService.claim(claimed.getId(), CADRE);
        identityService.clearAuthentication();
        Task unclaimed = survey(VILLAGE);
        Long reviewed = fixture.household(OTHER_VILLAGE, false);
        Task review = fixture.task(fixture.startBefore("IdentificationProcess", reviewed, "Task_ReviewIdentification"),
                "Task_ReviewIdentification");
        Household claimedHousehold = households.get(householdOf(claimed));

        at(claimed.getDueDate().toInstant().plus(2, ChronoUnit.DAYS));
        digest.run();

        String day = dateOf(Date.from(ClockUtil.getCurrentTime().toInstant()));
        List<MailRow> digests = fixture.mails("digest:" + day + ":");
        assertThat(digests).extracting(MailRow::recipientUser).contains(SUPERVISOR, "county")
            .doesNotContain(SUPERVISOR_2, CADRE);
        MailRow township = digests.stream().filter(mail -> mail.recipientUser().equals(SUPERVISOR)).findFirst()
            .orElseThrow();
        fixture.keepSample(township);
        assertThat(township.subject()).isEqualTo("每日督办摘要 2025年8月16日：超期 3 项，待审批 1 项");
        assertThat(township.textBody()).contains("超期事项（按办理人）", "cadre102201 演示（账号 cadre102201）：超期 1 项",
                "尚无人认领，在 胭脂村 帮扶责任人 待办中：超期 1 项", "尚无人认领，在 胭脂镇 乡镇审核 待办中：超期 1 项",
                BASE_URL + "/households/" + claimedHousehold.getId(), "待您审批", "乡镇审核",
                BASE_URL + "/tasks/" + review.getId())
            .doesNotContain(BASE_URL + "/tasks/" + unclaimed.getId());
        MailRow county = digests.stream().filter(mail -> mail.recipientUser().equals("county")).findFirst()
            .orElseThrow();
        assertThat(county.textBody()).contains(BASE_URL + "/households/" + claimedHousehold.getId())
            .doesNotContain(BASE_URL + "/tasks/" + review.getId());

        fixture.language(SUPERVISOR, MailLanguage.EN);
        at(claimed.getDueDate().toInstant().plus(3, ChronoUnit.DAYS));
        digest.run();

        MailRow english = last("DIGEST", SUPERVISOR);
        fixture.keepSample(english);
        assertThat(english.subject()).isEqualTo("Daily digest 17 Aug 2025: 3 overdue, 1 approval waiting");
        assertThat(english.textBody()).contains("Overdue work per cadre", "cadre102201 演示 (cadre102201): 1 overdue",
                "Not claimed, waiting in 胭脂镇 乡镇审核: 1 overdue", "Approvals waiting for you");
    }

    @Test
    void digestOfOneReaderIsOneStatementOfTheInboxReadModel() {
        survey(VILLAGE);
        StatementRecorder recorder = new StatementRecorder();
        SupervisorDigest counted = new SupervisorDigest(new NamedParameterJdbcTemplate(recorder.wrap(dataSource)),
                facts, recipients, renderer, outbox, jobs, new Today());

        var parts = counted.parts(UserScope.of(SUPERVISOR, List.of(MailFixture.SUPERVISORS)),
                Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(parts.get("O")).isNotEmpty().allSatisfy(task -> assertThat(task.household().number())
            .startsWith(MailFixture.TOWNSHIP.substring(0, 9)));
        assertThat(recorder.statements()).singleElement()
            .satisfies(sql -> assertThat(sql.toLowerCase()).contains("from inbox_task").doesNotContain("act_"));
    }

    private Task survey(String village) {
        return fixture.task(fixture.startBefore("IdentificationProcess", fixture.household(village, false),
                "Task_SurveyHousehold"), "Task_SurveyHousehold");
    }

    private Long householdOf(Task task) {
        return ((Number) taskService.getVariable(task.getId(), "householdId")).longValue();
    }

    private Map<String, Long> countByRecipient(String kind) {
        return List.of(CADRE, CADRE_2, SUPERVISOR)
            .stream()
            .collect(Collectors.toMap(user -> user, user -> (long) fixture.mailsOfKind(kind, user).size()));
    }

    private MailRow last(String kind, String user) {
        List<MailRow> mails = fixture.mailsOfKind(kind, user);
        return mails.get(mails.size() - 1);
    }

    private static String dateOf(Date date) {
        return date.toInstant().atZone(Today.ZONE).toLocalDate().toString();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

}
