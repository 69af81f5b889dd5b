package org.jingzhun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.HouseholdStatusChangeRepository;
import org.jingzhun.household.Stage;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.support.TestUsers;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The parent process end to end, driven step by step the way users (and the demo data) do. */
@IntegrationTest
class LifecycleJourneyTest {

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    WorkflowService workflow;

    @Autowired
    HouseholdService households;

    @Autowired
    SignOffService signOffs;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @Autowired
    ProcessSteps steps;

    @Autowired
    Today today;

    @Autowired
    HouseholdStatusChangeRepository statusChanges;

    @BeforeEach
    void demoCounty() {
        areas.ensure();
        users.ensure(TestUsers.PASSWORD);
    }

    Long apply(String village) {
        return lifecycle.apply(TestHouseholds.application(village), DemoUsers.cadreOf(village));
    }

    DemoJourney journey(Long id, String village) {
        return new DemoJourney(workflow, id, village, today.date(), Cause.ILLNESS);
    }

    List<String> parentActivities(Long id) {
        var parent = historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(id.toString())
            .processDefinitionKey(LifecycleService.PROCESS_KEY)
            .singleResult();
        return historyService.createHistoricActivityInstanceQuery()
            .processInstanceId(parent.getId())
            .orderPartiallyByOccurrence()
            .asc()
            .list()
            .stream()
            .map(HistoricActivityInstance::getActivityId)
            .toList();
    }

    @Test
    void householdThatExitsAndStaysOutOfPovertyEndsAsStableExit() {
        Long id = apply(DemoAreas.VILLAGE_A);
        journey(id, DemoAreas.VILLAGE_A).advance(DemoJourney.STEPS, DemoJourney.Ending.MAIN);

        Household household = households.get(id);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.STABLE);
        assertThat(household.getStage()).isEqualTo(Stage.CLOSED);
        assertThat(household.getExitYear()).isEqualTo(today.date().getYear());
        assertThat(household.getResponsibleCadre()).isEqualTo(DemoUsers.CADRE);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count())
            .isZero();
        assertThat(parentActivities(id)).containsSubsequence("CallActivity_Identification",
                "CallActivity_Assistance", "CallActivity_ExitVerification", "CallActivity_PostExit",
                "EndEvent_StableExit");
        assertThat(signOffs.forHousehold(id)).extracting(s -> s.getActor())
            .contains(DemoUsers.COMMITTEE, DemoUsers.TOWNSHIP, DemoUsers.COUNTY, "education", "health", "housing",
                    "water");
    }

    @Test
    void applicationTurnedDownEndsNotRegistered() {
        Long id = apply(DemoAreas.VILLAGE_B);
        journey(id, DemoAreas.VILLAGE_B).advance(2, DemoJourney.Ending.REJECTED);

        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.REJECTED);
        assertThat(households.get(id).getStage()).isEqualTo(Stage.CLOSED);
        assertThat(parentActivities(id)).contains("EndEvent_NotRegistered").doesNotContain("CallActivity_Assistance");
    }

    @Test
    void returnToPovertyDuringTheBufferGoesBackToAssistance() {
        Long id = apply(DemoAreas.VILLAGE_A);
        journey(id, DemoAreas.VILLAGE_A).advance(20, DemoJourney.Ending.RETURN);
        steps.complete(id, "Task_ReviewReturnToPoverty", DemoUsers.TOWNSHIP, ProcessSteps.approve("务工中断，收入低于标准"));
        workflow.runTimerNow(id, "TimerEvent_NoticePeriodElapsed");

        Household household = households.get(id);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.RETURNED);
        assertThat(household.getStage()).isEqualTo(Stage.ASSISTANCE);
        assertThat(steps.openKeys(id)).containsExactly("Task_PlanMeasures");
        assertThat(statusChanges.findByHouseholdIdOrderByChangedAtAscIdAsc(id)).extracting(c -> c.getToStatus())
            .containsSubsequence(HouseholdStatus.POOR, HouseholdStatus.EXITED, HouseholdStatus.RETURNED);
    }

    @Test
    void exitRejectedByTheCountyGoesBackToAssistance() {
        Long id = apply(DemoAreas.VILLAGE_A);
        journey(id, DemoAreas.VILLAGE_A).advance(17, DemoJourney.Ending.MAIN);
        steps.complete(id, "Task_ApproveExit", DemoUsers.COUNTY, ProcessSteps.reject("收入不稳定，暂缓退出"));

        Household household = households.get(id);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.POOR);
        assertThat(household.getStage()).isEqualTo(Stage.ASSISTANCE);
        assertThat(steps.openKeys(id)).containsExactly("Task_PlanMeasures");
    }

}
