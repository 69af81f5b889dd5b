package org.jingzhun.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.Map;

import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.demo.TaskJourneys;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.IncomeService;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The task page by role and area: summary beside the form, validation, completion, rows, drafts, claim. */
@IntegrationTest
class TaskPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    ProcessSteps steps;

    @Autowired
    HouseholdService households;

    @Autowired
    IncomeService incomes;

    @Autowired
    SignOffService signOffs;

    @Autowired
    WorkflowService workflow;

    @Autowired
    Today today;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void demoCounty() {
        areas.ensure();
        users.ensure("test-only");
    }

    Long applied(String village) {
        return lifecycle.apply(TestHouseholds.application(village), DemoUsers.cadreOf(village));
    }

    String taskId(Long householdId, String key) {
        return steps.task(householdId, key).getId();
    }

    static MockHttpServletRequestBuilder survey(String taskId) {
        return survey(taskId, Map.of());
    }

    /** The survey as the browser posts it, with some fields changed (an empty string clears one). */
    static MockHttpServletRequestBuilder survey(String taskId, Map<String, String> changes) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("_complete", "1");
        params.add("incomeYear", "2026");
        params.add("wageIncome", "3000");
        params.add("businessIncome", "1000");
        params.add("propertyIncome", "0");
        params.add("transferIncome", "600");
        params.add("businessExpenses", "400");
        params.add("housingGrade", "B");
        params.add("safeDrinkingWater", "true");
        params.add("mainCause", "ILLNESS");
        params.add("secondaryCauses", "SKILLS");
        params.add("attribute", "ORDINARY");
        params.add("surveyNotes", "入户核实");
        changes.forEach(params::set);
        return post("/tasks/{id}", taskId).with(csrf()).params(params);
    }

    @Test
    void taskPageWhenAnonymousThenRedirectsToLogin() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);

        mvc.perform(get("/tasks/{id}", taskId(id, "Task_SurveyHousehold")))
            .andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void taskPageWhenCadreOfTheVillageThenShowsTheHouseholdBesideTheForm() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        Household household = households.get(id);
        String taskId = taskId(id, "Task_SurveyHousehold");

        mvc.perform(get("/tasks/{id}", taskId).with(WebUsers.cadre()).locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(status().isOk())
            .andExpect(view().name("task/task"))
            .andExpect(content().string(allOf(containsString(household.getHeadName()),
                    containsString(household.getHouseholdNumber()), containsString("城南村"),
                    containsString("申请中"), containsString("识别"), containsString("因病"),
                    containsString("尚未登记"), containsString("/households/" + id),
                    containsString("name=\"incomeYear\""), containsString("name=\"_complete\""),
                    containsString("name=\"_draft\""), containsString("/tasks/" + taskId + "/claim"),
                    containsString("入户调查"))));
    }

    @Test
    void taskPageWhenAnotherAreasTaskThenNotFoundAndNothingLeaked() throws Exception {
        Long id = applied(WebUsers.OTHER_VILLAGE);
        Household household = households.get(id);
        String taskId = taskId(id, "Task_SurveyHousehold");

        mvc.perform(get("/tasks/{id}", taskId).with(WebUsers.cadre()))
            .andExpect(status().isNotFound())
            .andExpect(content().string(allOf(not(containsString(household.getHeadName())),
                    not(containsString(household.getHouseholdNumber())))));
        mvc.perform(survey(taskId).with(WebUsers.cadre()))
            .andExpect(status().isNotFound());

        assertThat(taskId(id, "Task_SurveyHousehold")).isEqualTo(taskId);
        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void taskPageWhenStepBelongsToAnotherRoleOfTheVillageThenNotFound() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);

        mvc.perform(get("/tasks/{id}", taskId(id, "Task_SurveyHousehold")).with(WebUsers.committee()))
            .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/{id}", "no-such-task").with(WebUsers.cadre()))
            .andExpect(status().isNotFound());
    }

    @Test
    void completeWhenValidThenRecordsTheSurveyAndRedirectsToTheInboxWithAFlash() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        String head = households.get(id).getHeadName();

        mvc.perform(survey(taskId(id, "Task_SurveyHousehold")).with(WebUsers.cadre()).locale(Locale.ENGLISH))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/inbox"))
            .andExpect(flash().attribute("message", containsString(head)));

        assertThat(incomes.latest(id)).hasValueSatisfying(r -> assertThat(r.getYear()).isEqualTo(2026));
        assertThat(steps.openKeys(id)).containsExactly("Task_AppraiseHousehold");
    }

    @Test
    void completeWhenFormInvalidThenErrorsBesideTheFieldsAndNothingChanged() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        String taskId = taskId(id, "Task_SurveyHousehold");

        mvc.perform(survey(taskId, Map.of("incomeYear", "1999", "wageIncome", "")).with(WebUsers.cadre())
            .locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(status().isOk())
            .andExpect(view().name("task/task"))
            .andExpect(content().string(allOf(containsString("id=\"f-incomeYear-error\""),
                    containsString("id=\"f-wageIncome-error\""), containsString("form-error-summary"),
                    containsString("value=\"1999\""), containsString("此项为必填项"))));

        assertThat(taskId(id, "Task_SurveyHousehold")).isEqualTo(taskId);
        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void completeWhenTheStepRefusesTheValuesThenItsReasonsShowBesideTheFields() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        String taskId = taskId(id, "Task_SurveyHousehold");

        // valid for the form's schema, but a secondary cause may not repeat the main one: the step's own rule
        mvc.perform(survey(taskId, Map.of("secondaryCauses", "ILLNESS")).with(WebUsers.cadre())
            .locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"f-secondaryCauses-error\""),
                    containsString("A secondary cause must not repeat the main cause."))));

        assertThat(taskId(id, "Task_SurveyHousehold")).isEqualTo(taskId);
        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void completeWhenDecisionWithoutReasonThenErrorAndNoSignOff() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        steps.complete(id, "Task_SurveyHousehold", DemoUsers.CADRE, SurveyValues.valid());
        String taskId = taskId(id, "Task_AppraiseHousehold");

        mvc.perform(post("/tasks/{id}", taskId).with(csrf()).with(WebUsers.committee())
            .param("_complete", "1")
            .param("votesFor", "20")
            .param("votesAgainst", "1")
            .param("decision", "approve")
            .param("reason", "  "))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"f-reason-error\"")));

        assertThat(signOffs.forHousehold(id)).isEmpty();
        assertThat(taskId(id, "Task_AppraiseHousehold")).isEqualTo(taskId);
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.APPLIED);
    }

    @Test
    void addRowWhenPressedThenTheFormComesBackWithOneMoreRowAndNothingCompleted() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        TaskJourneys.advance(workflow, id, DemoAreas.VILLAGE_A, today.date(), TaskJourneys.TO_MEASURE_PLAN);
        String taskId = taskId(id, "Task_PlanMeasures");

        mvc.perform(post("/tasks/{id}", taskId).with(csrf()).with(WebUsers.cadre())
            .param("measures[0]._row", "")
            .param("measures[0].content", "养殖肉牛")
            .param("_addRow", "measures"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("name=\"measures[1].content\""),
                    containsString("value=\"养殖肉牛\""), not(containsString("form-error-summary")))));

        assertThat(taskId(id, "Task_PlanMeasures")).isEqualTo(taskId);
    }

    @Test
    void draftWhenSavedThenRestoredWhenThePageOpensAgain() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        String taskId = taskId(id, "Task_SurveyHousehold");

        mvc.perform(post("/tasks/{id}", taskId).with(csrf()).with(WebUsers.cadre())
            .param("_draft", "1")
            .param("wageIncome", "4321")
            .param("surveyNotes", "草稿：户主外出务工"))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/tasks/" + taskId))
            .andExpect(flash().attributeExists("message"));

        mvc.perform(get("/tasks/{id}", taskId).with(WebUsers.cadre()).locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("value=\"4321\""), containsString("草稿：户主外出务工"),
                    containsString("已恢复您于"))));
        // a draft is its author's: a colleague opening the step starts from an empty form
        mvc.perform(get("/tasks/{id}", taskId).with(WebUsers.as("cadre2", "cadre-" + DemoAreas.VILLAGE_A)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("value=\"4321\""))));
        assertThat(taskId(id, "Task_SurveyHousehold")).isEqualTo(taskId);
        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void claimWhenUnclaimedThenTheStepIsTheUsersAndAColleagueCannotCompleteIt() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        String taskId = taskId(id, "Task_SurveyHousehold");

        mvc.perform(post("/tasks/{id}/claim", taskId).with(csrf()).with(WebUsers.cadre()))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/tasks/" + taskId))
            .andExpect(flash().attributeExists("message"));

        assertThat(steps.task(id, "Task_SurveyHousehold").getAssignee()).isEqualTo("cadre");
        mvc.perform(survey(taskId).with(WebUsers.as("cadre2", "cadre-" + DemoAreas.VILLAGE_A))
            .locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("This step is claimed by cadre.")));
        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);

        mvc.perform(post("/tasks/{id}", taskId(id, "Task_SurveyHousehold")).with(WebUsers.cadre())
            .param("_complete", "1"))
            .andExpect(status().isForbidden());
    }

}
