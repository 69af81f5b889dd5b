package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jingzhun.notification.MailFixture.BASE_URL;
import static org.jingzhun.notification.MailFixture.CADRE;
import static org.jingzhun.notification.MailFixture.CADRE_2;
import static org.jingzhun.notification.MailFixture.COUNTY_GROUP;
import static org.jingzhun.notification.MailFixture.SUPERVISOR;
import static org.jingzhun.notification.MailFixture.SUPERVISOR_2;
import static org.jingzhun.notification.MailFixture.VILLAGE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.EscalationLevel;
import org.jingzhun.workflow.EscalationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders and escalations fired by the models' boundary timers: the reminder to whoever holds the task (or its
 * groups' members), the escalation to each member of the supervising level exactly once, naming task, household and
 * assignee; the task page shows who was told and when.
 */
@IntegrationTest
class EscalationMailTest {

    static final Instant NOW = Instant.parse("2025-07-14T02:00:00Z");

    @Autowired
    MailFixture fixture;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Autowired
    EscalationService escalations;

    @Autowired
    HouseholdService households;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void prepare() {
        fixture.prepare(NOW);
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        fixture.cleanUp();
    }

    @Test
    void villageStepOverdueThenItsGroupIsRemindedAndTheTownshipEachGetOneEscalationInTheirLanguage() throws Exception {
        fixture.language(CADRE_2, MailLanguage.EN);
        fixture.language(SUPERVISOR, MailLanguage.EN);
        Long id = fixture.household(VILLAGE, false);
        Household household = households.get(id);
        ProcessInstance instance = fixture.startBefore("IdentificationProcess", id, "Task_SurveyHousehold");
        Task task = fixture.task(instance, "Task_SurveyHousehold");
        String taskLink = BASE_URL + "/tasks/" + task.getId();

        at(NOW.plus(10, ChronoUnit.DAYS));
        fixture.fire(instance, "BoundaryEvent_SurveyHouseholdDue");

        List<MailRow> reminders = fixture.mails("escalation:" + task.getId() + ":REMINDER:");
        reminders.forEach(fixture::keepSample);
        assertThat(reminders).extracting(MailRow::kind, MailRow::recipientUser, MailRow::locale)
            .containsExactlyInAnyOrder(tuple("REMINDER", CADRE, "zh-CN"), tuple("REMINDER", CADRE_2, "en"));
        assertThat(to(reminders, CADRE).subject()).isEqualTo("已到期：入户调查 – " + household.getHeadName() + "户（"
                + household.getHouseholdNumber() + "）");
        assertThat(to(reminders, CADRE).textBody()).contains("仍无人认领", "胭脂村 帮扶责任人", taskLink);
        assertThat(to(reminders, CADRE_2).subject()).isEqualTo("Due now: Household survey – " + household.getHeadName()
                + " (" + household.getHouseholdNumber() + ")");
        assertThat(to(reminders, CADRE_2).textBody()).contains("nobody has claimed it",
                "Nobody yet, waiting in 胭脂村 帮扶责任人",
                taskLink);
        assertThat(to(reminders, CADRE_2).htmlBody()).contains("href=\"" + taskLink + "\"");

        identityService.setAuthentication(CADRE, List.of(MailFixture.CADRES));
        taskService.claim(task.getId(), CADRE);
        identityService.clearAuthentication();
        at(NOW.plus(13, ChronoUnit.DAYS));
        fixture.fire(instance, "BoundaryEvent_SurveyHouseholdEscalated");

        List<MailRow> escalated = fixture.mails("escalation:" + task.getId() + ":ESCALATION:");
        escalated.forEach(fixture::keepSample);
        assertThat(escalated).extracting(MailRow::recipientUser, MailRow::recipientAddress, MailRow::locale)
            .containsExactlyInAnyOrder(tuple(SUPERVISOR, SUPERVISOR + "@jingzhun.example", "en"),
                    tuple(SUPERVISOR_2, SUPERVISOR_2 + "@jingzhun.example", "zh-CN"));
        MailRow english = to(escalated, SUPERVISOR);
        MailRow chinese = to(escalated, SUPERVISOR_2);
        String householdLink = BASE_URL + "/households/" + id;
        assertThat(english.subject()).isEqualTo("Escalation: Household survey – " + household.getHeadName()
                + " (" + household.getHouseholdNumber() + ") is overdue");
        assertThat(english.textBody()).contains("escalated to you", "Held by: cadre102201 演示 (cadre102201)",
                "Due: 24 Jul 2025 10:00", "胭脂村", householdLink);
        assertThat(english.htmlBody()).contains("href=\"" + householdLink + "\"", "cadre102201 演示");
        assertThat(chinese.subject()).isEqualTo("督办：入户调查 – " + household.getHeadName() + "户（"
                + household.getHouseholdNumber() + "）超期未办");
        assertThat(chinese.textBody()).contains("现提请您督办", "办理人：cadre102201 演示（账号 cadre102201）",
                householdLink);

        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).activityId(
                "BoundaryEvent_SurveyHouseholdEscalated").count()).isZero();
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> escalations.record(taskService.createTaskQuery().taskId(task.getId()).singleResult(),
                        EscalationLevel.ESCALATION));
        assertThat(fixture.mails("escalation:" + task.getId() + ":ESCALATION:")).hasSize(2);
        assertThat(fixture.mails("escalation:" + task.getId() + ":")).extracting(MailRow::recipientUser)
            .doesNotContain("township", "county");

        mvc.perform(get("/tasks/{id}", task.getId()).with(WebUsers.as(CADRE, MailFixture.CADRES))
            .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Reminders and escalations"),
                    containsString("胭脂村 帮扶责任人"), containsString("胭脂镇 乡镇审核"),
                    containsString("24 Jul 2025, 10:00"), containsString("27 Jul 2025, 10:00"))));
    }

    @Test
    void townshipStepEscalatedThenEveryCountyMemberGetsExactlyOneMailAndTheTownshipNone() {
        Long id = fixture.household(VILLAGE, false);
        ProcessInstance instance = fixture.startBefore("IdentificationProcess", id, "Task_ReviewIdentification");
        Task task = fixture.task(instance, "Task_ReviewIdentification");

        at(NOW.plus(10, ChronoUnit.DAYS));
        fixture.fire(instance, "BoundaryEvent_ReviewIdentificationEscalated");

        List<String> countyMembers = identityService.createUserQuery()
            .memberOfGroup(COUNTY_GROUP)
            .list()
            .stream()
            .filter(user -> user.getEmail() != null)
            .map(User::getId)
            .sorted()
            .toList();
        assertThat(countyMembers).contains("county");
        List<MailRow> escalated = fixture.mails("escalation:" + task.getId() + ":");
        assertThat(escalated).extracting(MailRow::recipientUser).containsExactlyElementsOf(countyMembers);
        assertThat(escalated).allSatisfy(mail -> {
            assertThat(mail.kind()).isEqualTo("ESCALATION");
            assertThat(mail.textBody()).contains("乡镇审核", "尚无人认领，在 胭脂镇 乡镇审核 待办中");
        });
    }

    @Test
    void assignedStepFallsDueThenOnlyItsAssigneeIsReminded() {
        Long id = fixture.household(VILLAGE, true);
        ProcessInstance instance = fixture.start("AssistanceProcess", id);
        Task task = fixture.task(instance, "Task_PlanMeasures");

        at(NOW.plus(15, ChronoUnit.DAYS));
        fixture.fire(instance, "BoundaryEvent_PlanMeasuresDue");

        assertThat(fixture.mails("escalation:" + task.getId() + ":")).singleElement().satisfies(mail -> {
            assertThat(mail.recipientUser()).isEqualTo(CADRE);
            assertThat(mail.textBody()).contains("以下事项已到办理期限，仍未办结", "办理人：cadre102201 演示（账号 cadre102201）",
                    BASE_URL + "/tasks/" + task.getId());
        });
    }

    private static MailRow to(List<MailRow> mails, String userId) {
        return mails.stream().filter(mail -> mail.recipientUser().equals(userId)).findFirst().orElseThrow();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

}
