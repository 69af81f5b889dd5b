package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.notification.MailFixture.BASE_URL;
import static org.jingzhun.notification.MailFixture.CADRE;
import static org.jingzhun.notification.MailFixture.OTHER_VILLAGE;
import static org.jingzhun.notification.MailFixture.SUPERVISOR;
import static org.jingzhun.notification.MailFixture.VILLAGE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** "A task assigned to you": to the new assignee in their language, never for a task they took themselves. */
@IntegrationTest
class AssignmentMailTest {

    static final Instant NOW = Instant.parse("2025-07-07T02:00:00Z");

    @Autowired
    MailFixture fixture;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    WorkflowService workflow;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ZH_CN, zh-CN, 新待办：制定帮扶计划 – , 以下事项已交由您办理：, 办理期限, 胭脂村",
        "EN,    en,    New task for you: Plan assistance measures – , This step has been given to you:, Due, 胭脂村" })
    void stepCreatedForTheResponsibleCadreThenTheyGetOneMailInTheirLanguage(MailLanguage language, String tag,
            String subject, String intro, String dueLabel, String village) {
        fixture.language(CADRE, language);
        Long id = fixture.household(VILLAGE, true);
        var household = households.get(id);

        ProcessInstance instance = fixture.start("AssistanceProcess", id);

        Task task = fixture.task(instance, "Task_PlanMeasures");
        assertThat(task.getAssignee()).isEqualTo(CADRE);
        List<MailRow> mails = fixture.mails("assigned:" + task.getId() + ":");
        mails.forEach(fixture::keepSample);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo("TASK_ASSIGNED");
            assertThat(mail.recipientUser()).isEqualTo(CADRE);
            assertThat(mail.recipientAddress()).isEqualTo(CADRE + "@jingzhun.example");
            assertThat(mail.locale()).isEqualTo(tag);
            assertThat(mail.subject()).startsWith(subject).contains(household.getHeadName(),
                    household.getHouseholdNumber());
            String link = BASE_URL + "/tasks/" + task.getId();
            assertThat(mail.textBody()).contains(intro, dueLabel, household.getHeadName(), village, link,
                    BASE_URL + "/settings/mail");
            assertThat(mail.htmlBody()).contains(intro, "href=\"" + link + "\"", household.getHouseholdNumber(),
                    "lang=\"" + tag + "\"");
        });
    }

    @Test
    void taskClaimedInTheInboxThenNoMailForTheUserWhoClaimedIt() throws Exception {
        Long id = fixture.household(VILLAGE, false);
        Task task = fixture.task(fixture.startBefore("IdentificationProcess", id, "Task_SurveyHousehold"),
                "Task_SurveyHousehold");

        mvc.perform(post("/inbox/{taskId}/claim", task.getId()).with(WebUsers.as(CADRE, "cadre-" + VILLAGE))
            .with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(CADRE);
        assertThat(fixture.mails("assigned:" + task.getId() + ":")).isEmpty();
    }

    @Test
    void taskAssignedBySomeoneElseThenTheAssigneeIsTold() {
        Long id = fixture.household(VILLAGE, false);
        Task task = fixture.task(fixture.startBefore("IdentificationProcess", id, "Task_SurveyHousehold"),
                "Task_SurveyHousehold");

        identityService.setAuthentication(SUPERVISOR, List.of("township-" + MailFixture.TOWNSHIP));
        taskService.setAssignee(task.getId(), CADRE);

        assertThat(fixture.mails("assigned:" + task.getId() + ":")).extracting(MailRow::recipientUser)
            .containsExactly(CADRE);
    }

    @Test
    void completionRolledBackThenItsAssignmentMailsAreGoneWithIt() {
        Long id = fixture.household(OTHER_VILLAGE, true);
        ProcessInstance instance = fixture.startBefore("AssistanceProcess", id, "Task_ApprovePlan");
        Task approval = fixture.task(instance, "Task_ApprovePlan");
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            workflow.complete(approval.getId(), ProcessSteps.approve("同意实施"), SUPERVISOR);
            assertThat(fixture.task(instance, "Task_RecordIncome").getAssignee()).isEqualTo(CADRE);
            assertThat(fixture.mails("assigned:")).extracting(MailRow::textBody)
                .anySatisfy(text -> assertThat(text).contains(households.get(id).getHeadName()));
            status.setRollbackOnly();
        });

        assertThat(fixture.task(instance, "Task_ApprovePlan")).isNotNull();
        assertThat(fixture.task(instance, "Task_RecordIncome")).isNull();
        assertThat(fixture.mails("assigned:")).extracting(MailRow::textBody)
            .noneSatisfy(text -> assertThat(text).contains(households.get(id).getHeadName()));

        workflow.complete(approval.getId(), ProcessSteps.approve("同意实施"), SUPERVISOR);

        Task income = fixture.task(instance, "Task_RecordIncome");
        assertThat(fixture.mails("assigned:" + income.getId() + ":")).extracting(MailRow::recipientUser)
            .containsExactly(CADRE);
    }

}
