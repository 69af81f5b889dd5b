package org.jingzhun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.Stage;
import org.jingzhun.inbox.ClaimResult;
import org.jingzhun.inbox.InboxService;
import org.jingzhun.security.UserScope;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.AreaGroups;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** After every scenario the inbox read model equals the engine's open tasks. */
@IntegrationTest
class InboxReadModelTest {

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    WorkflowService workflow;

    @Autowired
    HouseholdService households;

    @Autowired
    InboxService inbox;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ProcessSteps steps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @Autowired
    Today today;

    static final UserScope CADRE_A = UserScope.of(DemoUsers.CADRE, List.of(AreaGroups.cadres(DemoAreas.VILLAGE_A)));

    @BeforeEach
    void demoCounty() {
        areas.ensure();
        users.ensure("inbox-read-model");
    }

    Long household(String village, int demoSteps) {
        Long id = lifecycle.apply(TestHouseholds.application(village), DemoUsers.cadreOf(village));
        new DemoJourney(workflow, id, village, today.date(), Cause.ILLNESS).advance(demoSteps, DemoJourney.Ending.MAIN);
        return id;
    }

    Map<String, Object> row(String taskId) {
        return jdbc.queryForMap("select * from inbox_task where task_id = ?", taskId);
    }

    @Test
    void demoRunOfHouseholdsAtEveryStageLeavesTheReadModelEqualToTheEngine() {
        List<Long> ids = List.of(household(DemoAreas.VILLAGE_A, 0), household(DemoAreas.VILLAGE_B, 4),
                household("622922101201", 7), household(DemoAreas.VILLAGE_A, 10), household(DemoAreas.VILLAGE_B, 13),
                household(DemoAreas.VILLAGE_A, 20));
        Long rejected = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_B), DemoUsers.CADRE);
        new DemoJourney(workflow, rejected, DemoAreas.VILLAGE_B, today.date(), Cause.ILLNESS).advance(2,
                DemoJourney.Ending.REJECTED);

        InboxAssertions.matchesEngine(jdbc, taskService);
        ids.forEach(id -> InboxAssertions.matchesEngine(jdbc, taskService, id));
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where household_id = ?", Long.class, rejected))
            .isZero();
        Household assisted = households.get(ids.get(3));
        Task income = steps.task(assisted.getId(), "Task_RecordIncome");
        assertThat(row(income.getId())).containsEntry("HOUSEHOLD_NUMBER", assisted.getHouseholdNumber())
            .containsEntry("HEAD_NAME", assisted.getHeadName())
            .containsEntry("VILLAGE_CODE", DemoAreas.VILLAGE_A)
            .containsEntry("STAGE", Stage.ASSISTANCE.name())
            .containsEntry("ESCALATION_LEVEL", "NONE");
        assertThat(row(steps.task(ids.get(4), "Task_CertifyWater").getId())).containsEntry("STAGE",
                Stage.EXIT_VERIFICATION.name())
            .containsEntry("CANDIDATE_GROUPS", ",dept-water-622922000000,");
    }

    @Test
    void claimAndUnclaimKeepTheAssigneeCurrent() {
        Long id = household(DemoAreas.VILLAGE_A, 0);
        String taskId = steps.task(id, "Task_SurveyHousehold").getId();

        assertThat(inbox.claim(taskId, CADRE_A).outcome()).isEqualTo(ClaimResult.Outcome.CLAIMED);
        assertThat(row(taskId)).containsEntry("ASSIGNEE", DemoUsers.CADRE);
        InboxAssertions.matchesEngine(jdbc, taskService);

        assertThat(inbox.unclaim(taskId, CADRE_A).outcome()).isEqualTo(ClaimResult.Outcome.UNCLAIMED);
        assertThat(row(taskId)).containsEntry("ASSIGNEE", null);
        InboxAssertions.matchesEngine(jdbc, taskService);

        taskService.setAssignee(taskId, "cadre101201");
        taskService.setDueDate(taskId, Date.from(today.now().plusSeconds(86_400)));
        taskService.setFollowUpDate(taskId, Date.from(today.now()));
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

    @Test
    void completingAStepRemovesItsRowAndAddsTheNextStepsRows() {
        Long id = household(DemoAreas.VILLAGE_A, 0);
        String survey = steps.task(id, "Task_SurveyHousehold").getId();

        new DemoJourney(workflow, id, DemoAreas.VILLAGE_A, today.date(), Cause.ILLNESS).advance(1,
                DemoJourney.Ending.MAIN);

        assertThat(jdbc.queryForObject("select count(*) from inbox_task where task_id = ?", Long.class, survey))
            .isZero();
        assertThat(row(steps.task(id, "Task_AppraiseHousehold").getId())).containsEntry("CANDIDATE_GROUPS",
                "," + AreaGroups.committee(DemoAreas.VILLAGE_A) + ",");
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

    @Test
    void reminderAndEscalationTimersRaiseTheEscalationLevelAndPriority() {
        Long id = household(DemoAreas.VILLAGE_B, 0);
        Task survey = steps.task(id, "Task_SurveyHousehold");

        managementService.executeJob(timer(survey, "BoundaryEvent_SurveyHouseholdDue").getId());
        assertThat(row(survey.getId())).containsEntry("ESCALATION_LEVEL", "REMINDER").containsEntry("PRIORITY", 60);
        InboxAssertions.matchesEngine(jdbc, taskService);

        managementService.executeJob(timer(survey, "BoundaryEvent_SurveyHouseholdEscalated").getId());
        assertThat(row(survey.getId())).containsEntry("ESCALATION_LEVEL", "ESCALATION")
            .containsEntry("PRIORITY", 80);
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

    @Test
    void cancelledProcessesLeaveNoRowsEvenWhenCustomListenersAreSkipped() {
        Long cancelled = household(DemoAreas.VILLAGE_A, 10);
        Long skipped = household(DemoAreas.VILLAGE_B, 13);
        assertThat(steps.open(cancelled)).isNotEmpty();
        assertThat(steps.open(skipped)).hasSizeGreaterThan(1);

        runtimeService.deleteProcessInstance(parent(cancelled), "household moved away");
        runtimeService.deleteProcessInstance(parent(skipped), "entered in error", true);

        assertThat(steps.open(cancelled)).isEmpty();
        assertThat(steps.open(skipped)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where household_id in (?, ?)", Long.class,
                cancelled, skipped)).isZero();
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

    private String parent(Long householdId) {
        return runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(householdId.toString())
            .processDefinitionKey(LifecycleService.PROCESS_KEY)
            .singleResult()
            .getId();
    }

    private Job timer(Task task, String boundaryEvent) {
        return managementService.createJobQuery()
            .processInstanceId(task.getProcessInstanceId())
            .activityId(boundaryEvent)
            .timers()
            .singleResult();
    }

}
