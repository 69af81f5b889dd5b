package org.jingzhun.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeService;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/inbox/{taskId}/complete: the page's validation, JSON errors, 404 outside the caller's reach. */
@IntegrationTest
class TaskApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

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

    MockHttpServletRequestBuilder complete(String taskId, Map<String, ?> values) throws Exception {
        return post("/api/inbox/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(values));
    }

    @Test
    void completeWhenAnonymousThenUnauthorized() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);

        mvc.perform(complete(steps.task(id, "Task_SurveyHousehold").getId(), SurveyValues.valid()))
            .andExpect(status().isUnauthorized());

        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void completeWhenValidThenNoContentAndTheStepRecorded() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);

        mvc.perform(complete(steps.task(id, "Task_SurveyHousehold").getId(), SurveyValues.valid())
            .with(WebUsers.cadre()))
            .andExpect(status().isNoContent());

        assertThat(incomes.latest(id)).isPresent();
        assertThat(steps.openKeys(id)).containsExactly("Task_AppraiseHousehold");
    }

    @Test
    void completeWhenInvalidThenFieldErrorsAsJsonAndNothingChanged() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        steps.complete(id, "Task_SurveyHousehold", DemoUsers.CADRE, SurveyValues.valid());
        String taskId = steps.task(id, "Task_AppraiseHousehold").getId();

        mvc.perform(complete(taskId, Map.of("votesFor", -1, "votesAgainst", 2, "decision", "maybe"))
            .with(WebUsers.committee())
            .locale(Locale.ENGLISH))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("reason")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("votesFor")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("decision")))
            .andExpect(jsonPath("$.errors[?(@.field == 'reason')].code", hasItem("form.required")))
            .andExpect(jsonPath("$.errors[?(@.field == 'reason')].message", hasItem("This field is required.")));

        assertThat(steps.task(id, "Task_AppraiseHousehold").getId()).isEqualTo(taskId);
        assertThat(signOffs.forHousehold(id)).isEmpty();
    }

    @Test
    void completeWhenTheStepRefusesTheValuesThenItsCodesComeBack() throws Exception {
        Long id = applied(DemoAreas.VILLAGE_A);
        Map<String, Object> values = SurveyValues.valid();
        values.put("secondaryCauses", java.util.List.of("ILLNESS"));

        mvc.perform(complete(steps.task(id, "Task_SurveyHousehold").getId(), values).with(WebUsers.cadre()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("secondaryCauses"))
            .andExpect(jsonPath("$.errors[0].code").value("validation.secondaryCauses.sameAsMain"));

        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void completeWhenAnotherAreasTaskThenNotFoundWithNothingOfIt() throws Exception {
        Long id = applied(WebUsers.OTHER_VILLAGE);
        Household household = households.get(id);
        String taskId = steps.task(id, "Task_SurveyHousehold").getId();

        mvc.perform(complete(taskId, SurveyValues.valid()).with(WebUsers.cadre()))
            .andExpect(status().isNotFound())
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString(household.getHeadName()))));

        assertThat(steps.task(id, "Task_SurveyHousehold").getId()).isEqualTo(taskId);
        assertThat(incomes.latest(id)).isEmpty();
    }

}
