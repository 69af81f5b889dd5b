package org.jingzhun.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.ServerTest;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.support.TestUsers;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Camunda's REST API behind our login: same users, same effect as completing a step on our side. */
@ServerTest
class EngineRestTest {

    static final String PASSWORD = TestUsers.PASSWORD;

    /** The village committee of 苏集村, another township. */
    static final String OTHER_COMMITTEE = "committee101201";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    HouseholdService households;

    @Autowired
    SignOffService signOffs;

    @Autowired
    ProcessSteps steps;

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void demoCounty() {
        testUsers.signInable(DemoUsers.COMMITTEE, OTHER_COMMITTEE);
    }

    Long surveyed() {
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        steps.complete(id, "Task_SurveyHousehold", DemoUsers.CADRE, Map.of("incomeYear", 2026, "wageIncome", 3000,
                "businessIncome", 1000, "propertyIncome", 0, "transferIncome", 600, "businessExpenses", 400,
                "housingGrade", "B", "mainCause", "ILLNESS", "attribute", "ORDINARY"));
        return id;
    }

    @Test
    void anonymousCallToEngineRestIsUnauthorized() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        // a user of its own: a failed login locks the user for a few seconds (the engine's login throttling)
        assertThat(rest.withBasicAuth("water", "wrong").getForEntity("/engine-rest/task", String.class)
            .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void camundaWebappsAskForOurLoginInsteadOfOpening() {
        var response = rest.getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(response.getBody()).contains("name=\"password\"").doesNotContain("cockpit-ui");
    }

    @Test
    void completingAStepThroughEngineRestHasTheSameEffectAsThroughTheWorkflowService() {
        Long viaRest = surveyed();
        Long viaService = surveyed();
        String taskId = steps.task(viaRest, "Task_AppraiseHousehold").getId();
        Map<String, Object> body = Map.of("variables",
                Map.of("votesFor", Map.of("value", 20), "votesAgainst", Map.of("value", 1), "decision",
                        Map.of("value", "approve"), "reason", Map.of("value", "评议通过")));

        var response = rest.withBasicAuth(DemoUsers.COMMITTEE, PASSWORD)
            .postForEntity("/engine-rest/task/" + taskId + "/complete", body, String.class);
        steps.complete(viaService, "Task_AppraiseHousehold", DemoUsers.COMMITTEE,
                Map.of("votesFor", 20, "votesAgainst", 1, "decision", "approve", "reason", "评议通过"));

        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        assertThat(summary(viaRest)).isEqualTo(summary(viaService));
        assertThat(summary(viaRest)).contains("committee/committee/VILLAGE/APPROVE/评议通过/votesFor=20, votesAgainst=1");
        assertThat(households.get(viaRest).getStatus()).isEqualTo(households.get(viaService).getStatus());
        assertThat(steps.openKeys(viaRest)).isEqualTo(steps.openKeys(viaService));
    }

    @Test
    void invalidValuesThroughEngineRestAreRefusedAndChangeNothing() {
        Long id = surveyed();
        String taskId = steps.task(id, "Task_AppraiseHousehold").getId();
        Map<String, Object> body = Map.of("variables",
                Map.of("votesFor", Map.of("value", -3), "decision", Map.of("value", "approve")));

        var response = rest.withBasicAuth(DemoUsers.COMMITTEE, PASSWORD)
            .postForEntity("/engine-rest/task/" + taskId + "/complete", body, String.class);

        assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(response.getBody()).contains("votesFor").contains("reason").doesNotContain("at org.");
        assertThat(steps.task(id, "Task_AppraiseHousehold").getId()).isEqualTo(taskId);
        assertThat(signOffs.forHousehold(id)).isEmpty();
    }

    List<String> summary(Long householdId) {
        return signOffs.forHousehold(householdId)
            .stream()
            .map(EngineRestTest::line)
            .toList();
    }

    static String line(SignOff s) {
        return s.getActor() + "/" + s.getRole() + "/" + s.getAreaLevel() + "/" + s.getDecision() + "/" + s.getReason()
                + "/" + s.getDetails();
    }


    @Test
    void taskOfAnotherAreaThroughEngineRestIsNotFoundAndCannotBeCompleted() {
        Long id = surveyed();
        String taskId = steps.task(id, "Task_AppraiseHousehold").getId();
        Map<String, Object> body = Map.of("variables", Map.of("votesFor", Map.of("value", 20), "votesAgainst",
                Map.of("value", 1), "decision", Map.of("value", "approve"), "reason", Map.of("value", "越权")));

        var read = rest.withBasicAuth(OTHER_COMMITTEE, PASSWORD).getForEntity("/engine-rest/task/" + taskId,
                String.class);
        var complete = rest.withBasicAuth(OTHER_COMMITTEE, PASSWORD)
            .postForEntity("/engine-rest/task/" + taskId + "/complete", body, String.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(read.getBody()).doesNotContain(taskId);
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(steps.task(id, "Task_AppraiseHousehold").getId()).isEqualTo(taskId);
        assertThat(signOffs.forHousehold(id)).isEmpty();
    }

}
