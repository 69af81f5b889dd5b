package org.jingzhun.approval;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.List;
import java.util.Locale;

import org.jingzhun.area.AreaLevel;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.demo.TaskJourneys;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The approvals page: reviewers only, their area's decisions with evidence, a reason for every decision. */
@IntegrationTest
class ApprovalsPageTest {

    @Autowired
    MockMvc mvc;

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

    @BeforeEach
    void demoCounty() {
        areas.ensure();
        users.ensure("test-only");
    }

    Long at(int step) {
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        TaskJourneys.advance(workflow, id, DemoAreas.VILLAGE_A, today.date(), step);
        return id;
    }

    List<SignOff> signed(Long householdId, String step) {
        return signOffs.forHousehold(householdId).stream().filter(s -> s.getStep().equals(step)).toList();
    }

    @Test
    void approvalsWhenAnonymousThenRedirectsToLogin() throws Exception {
        mvc.perform(get("/approvals")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void approvalsWhenNotAReviewerThenForbidden() throws Exception {
        Long id = at(TaskJourneys.TO_EXIT_REVIEW);
        String taskId = steps.task(id, "Task_ReviewExit").getId();

        mvc.perform(get("/approvals").with(WebUsers.cadre())).andExpect(status().isForbidden());
        mvc.perform(get("/approvals").with(WebUsers.as("education", "dept-education-" + DemoAreas.COUNTY)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/approvals/{id}", taskId).with(csrf()).with(WebUsers.committee())
            .param("decision", "approve")
            .param("reason", "同意"))
            .andExpect(status().isForbidden());

        assertThat(signed(id, "Task_ReviewExit")).isEmpty();
    }

    @Test
    void approvalsWhenTownshipThenTheExitReviewIsListedWithItsEvidence() throws Exception {
        Long id = at(TaskJourneys.TO_EXIT_REVIEW);
        Household household = households.get(id);
        String taskId = steps.task(id, "Task_ReviewExit").getId();

        mvc.perform(get("/approvals").with(WebUsers.township()).locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(status().isOk())
            .andExpect(view().name("approval/approvals"))
            .andExpect(content().string(allOf(containsString("id=\"approval-" + taskId + "\""),
                    containsString(household.getHeadName()), containsString("乡镇审核退出"),
                    containsString("高于贫困线"), containsString("不愁吃"), containsString("住房安全有保障"),
                    containsString("教育部门"), containsString("水务部门"), containsString("经核查达标"),
                    containsString("农户同意退出并签字"), containsString("户主认可退出并签字"),
                    containsString("村级公示"), containsString("公示期满"), containsString("退出民主评议"),
                    containsString("votesFor=24"), containsString("/approvals/" + taskId))));
    }

    @Test
    void approvalsWhenAnotherLevelOrAreaThenTheStepIsNeitherListedNorDecidable() throws Exception {
        Long id = at(TaskJourneys.TO_EXIT_REVIEW);
        Household household = households.get(id);
        String taskId = steps.task(id, "Task_ReviewExit").getId();

        mvc.perform(get("/approvals").with(WebUsers.county()))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(household.getHouseholdNumber()))));
        mvc.perform(get("/approvals").with(WebUsers.otherTownship()))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(household.getHouseholdNumber()))));
        mvc.perform(post("/approvals/{id}", taskId).with(csrf()).with(WebUsers.otherTownship())
            .param("decision", "approve")
            .param("reason", "同意"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString(household.getHeadName()))));

        assertThat(signed(id, "Task_ReviewExit")).isEmpty();
    }

    @Test
    void approveWhenTheTownshipGivesAReasonThenSignedAndTheCountyIsNext() throws Exception {
        Long id = at(TaskJourneys.TO_EXIT_REVIEW);
        String taskId = steps.task(id, "Task_ReviewExit").getId();

        mvc.perform(post("/approvals/{id}", taskId).with(csrf()).with(WebUsers.township())
            .param("decision", "approve")
            .param("reason", "材料齐全，收入稳定超过贫困线")
            .locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/approvals"))
            .andExpect(flash().attribute("message", containsString("同意")));

        assertThat(signed(id, "Task_ReviewExit")).singleElement().satisfies(s -> {
            assertThat(s.getActor()).isEqualTo("township");
            assertThat(s.getRole()).isEqualTo("township");
            assertThat(s.getAreaLevel()).isEqualTo(AreaLevel.TOWNSHIP);
            assertThat(s.getDecision()).isEqualTo(Decision.APPROVE);
            assertThat(s.getReason()).isEqualTo("材料齐全，收入稳定超过贫困线");
        });
        assertThat(steps.openKeys(id)).containsExactly("Task_ApproveExit");
    }

    @Test
    void rejectWhenTheReasonIsEmptyThenAnErrorBesideItAndNothingChanged() throws Exception {
        Long id = at(TaskJourneys.TO_EXIT_REVIEW);
        String taskId = steps.task(id, "Task_ReviewExit").getId();

        mvc.perform(post("/approvals/{id}", taskId).with(csrf()).with(WebUsers.township())
            .param("decision", "reject")
            .param("reason", "")
            .locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(view().name("approval/approvals"))
            .andExpect(content().string(allOf(containsString("id=\"a-" + taskId + "-reason-error\""),
                    containsString("This field is required."))));

        assertThat(signed(id, "Task_ReviewExit")).isEmpty();
        assertThat(steps.task(id, "Task_ReviewExit").getId()).isEqualTo(taskId);
    }

    @Test
    void approveWhenTheRegistrationReviewIsCheckedOnSiteThenTheCheckIsKeptWithTheSignature() throws Exception {
        Long id = at(3);
        String taskId = steps.task(id, "Task_ReviewIdentification").getId();

        mvc.perform(get("/approvals").with(WebUsers.township()))
            .andExpect(content().string(containsString("name=\"onSiteCheck\"")));
        mvc.perform(post("/approvals/{id}", taskId).with(csrf()).with(WebUsers.township())
            .param("decision", "approve")
            .param("reason", "入户核实，情况属实")
            .param("onSiteCheck", "true"))
            .andExpect(status().isFound());

        assertThat(signed(id, "Task_ReviewIdentification")).singleElement()
            .satisfies(s -> assertThat(s.getDetails()).isEqualTo("onSiteCheck=true"));
    }

}
