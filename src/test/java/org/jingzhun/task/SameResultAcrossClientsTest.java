package org.jingzhun.task;

import org.jingzhun.support.ServerTest;
import org.jingzhun.support.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.demo.TaskJourneys;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The county's registration approval completed on the task page, through /api/inbox/{id}/complete and through
 * Camunda's /engine-rest (a Jersey servlet MockMvc cannot reach, hence the real port): the same signature, the same
 * status, the same next step.
 */
@ServerTest
class SameResultAcrossClientsTest {

    @Autowired
    TestUsers testUsers;

    static final String PASSWORD = TestUsers.PASSWORD;

    static final String REASON = "同意纳入建档立卡";

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ProcessSteps steps;

    @Autowired
    HouseholdService households;

    @Autowired
    SignOffService signOffs;

    @Autowired
    Today today;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        areas.ensure();
        testUsers.signInable(DemoUsers.CADRE, DemoUsers.COMMITTEE, DemoUsers.TOWNSHIP, DemoUsers.COUNTY);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    Long waitingForTheCounty() {
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        TaskJourneys.advance(workflow, id, DemoAreas.VILLAGE_A, today.date(),
                TaskJourneys.TO_REGISTRATION_APPROVAL);
        return id;
    }

    String approval(Long householdId) {
        return steps.task(householdId, "Task_ApproveRegistration").getId();
    }

    @Test
    void registrationApprovalHasTheSameEffectOnThePageThroughTheApiAndThroughEngineRest() throws Exception {
        Long viaPage = waitingForTheCounty();
        Long viaApi = waitingForTheCounty();
        Long viaEngineRest = waitingForTheCounty();

        mvc.perform(post("/tasks/{id}", approval(viaPage)).with(csrf())
            .with(WebUsers.county())
            .param("_complete", "1")
            .param("decision", "approve")
            .param("reason", REASON))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/inbox"));
        mvc.perform(post("/api/inbox/{id}/complete", approval(viaApi)).with(httpBasic(DemoUsers.COUNTY, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Map.of("decision", "approve", "reason", REASON))))
            .andExpect(status().isNoContent());
        var response = rest.withBasicAuth(DemoUsers.COUNTY, PASSWORD)
            .postForEntity("/engine-rest/task/" + approval(viaEngineRest) + "/complete",
                    Map.of("variables", Map.of("decision", Map.of("value", "approve"), "reason",
                            Map.of("value", REASON))),
                    String.class);

        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        assertThat(signatures(viaPage)).contains("Task_ApproveRegistration/county/county/COUNTY/APPROVE/" + REASON
                + "/null")
            .isEqualTo(signatures(viaApi))
            .isEqualTo(signatures(viaEngineRest));
        for (Long id : List.of(viaPage, viaApi, viaEngineRest)) {
            assertThat(households.get(id).getStatus()).as("household %s", id).isEqualTo(HouseholdStatus.POOR);
            assertThat(steps.openKeys(id)).as("household %s", id).containsExactly("Task_AssignHelper");
        }
    }

    List<String> signatures(Long householdId) {
        return signOffs.forHousehold(householdId).stream().map(SameResultAcrossClientsTest::line).toList();
    }

    static String line(SignOff s) {
        return s.getStep() + "/" + s.getActor() + "/" + s.getRole() + "/" + s.getAreaLevel() + "/" + s.getDecision()
                + "/" + s.getReason() + "/" + s.getDetails();
    }

}
