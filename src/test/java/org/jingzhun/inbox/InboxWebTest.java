package org.jingzhun.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox page and its JSON API per role: login, scoping by area and group, claims, CSRF. */
@IntegrationTest
class InboxWebTest {

    /** Users of this test's own, in the demo groups: another test may have created the demo users' passwords. */
    static final String API_USER = "inbox-api-cadre";

    static final String PASSWORD = "inbox-web-test";

    static final String OTHER_VILLAGE = "622922101201";

    @Autowired
    MockMvc mvc;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    HouseholdService households;

    @Autowired
    ProcessSteps steps;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void demoCounty() {
        areas.ensure();
        users.ensure(PASSWORD);
        if (identityService.createUserQuery().userId(API_USER).count() == 0) {
            var user = identityService.newUser(API_USER);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(API_USER, "cadre-" + DemoAreas.VILLAGE_A);
        }
    }

    static RequestPostProcessor cadre() {
        return user(DemoUsers.CADRE).authorities(() -> "ROLE_USER", () -> "ROLE_CADRE",
                () -> "GROUP_cadre-" + DemoAreas.VILLAGE_A, () -> "GROUP_cadre-" + DemoAreas.VILLAGE_B);
    }

    Household applied(String village) {
        return households.get(lifecycle.apply(TestHouseholds.application(village), DemoUsers.cadreOf(village)));
    }

    String survey(Household household) {
        return steps.task(household.getId(), "Task_SurveyHousehold").getId();
    }

    @Test
    void inboxWhenAnonymousThenRedirectsToLogin() throws Exception {
        mvc.perform(get("/inbox")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void apiWhenAnonymousThenUnauthorized() throws Exception {
        mvc.perform(get("/api/inbox")).andExpect(status().isUnauthorized());
    }

    @Test
    void inboxWhenCadreThenListsTheirVillagesTasksWithCountsAndNothingOfAnotherTownship() throws Exception {
        Household mine = applied(DemoAreas.VILLAGE_A);
        Household foreign = applied(OTHER_VILLAGE);

        var result = mvc.perform(get("/inbox").param("tab", "groups").param("q", mine.getHouseholdNumber())
            .with(cadre())
            .locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(view().name("inbox/inbox"))
            .andExpect(content().string(containsString(mine.getHouseholdNumber())))
            .andExpect(content().string(containsString(mine.getHeadName())))
            .andExpect(content().string(containsString("城南村")))
            .andExpect(content().string(containsString("Household survey")))
            .andExpect(content().string(containsString("/tasks/" + survey(mine))))
            .andExpect(content().string(containsString("/households/" + mine.getId())))
            .andReturn();
        InboxCounts counts = (InboxCounts) result.getModelAndView().getModel().get("counts");
        InboxPage page = (InboxPage) result.getModelAndView().getModel().get("result");
        assertThat(counts.groups()).isPositive();
        assertThat(page.items()).extracting(InboxItem::taskId).containsExactly(survey(mine));
        // the number searched for is echoed in the search box; nothing of the household or its task is shown
        mvc.perform(get("/inbox").param("tab", "groups").param("q", foreign.getHouseholdNumber()).with(cadre())
            .locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("No open tasks here.")))
            .andExpect(content().string(not(containsString(foreign.getHeadName()))))
            .andExpect(content().string(not(containsString("/households/" + foreign.getId() + "\""))))
            .andExpect(content().string(not(containsString(survey(foreign)))))
            .andExpect(content().string(not(containsString("苏集村"))));
    }

    @Test
    void claimWhenCadreThenTheTaskIsTheirsAndTheRedirectKeepsTheView() throws Exception {
        Household household = applied(DemoAreas.VILLAGE_B);
        String taskId = survey(household);

        mvc.perform(post("/inbox/{id}/claim", taskId).param("tab", "groups").param("q", household.getHouseholdNumber())
            .with(cadre())
            .with(csrf())
            .locale(Locale.ENGLISH))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/inbox?tab=groups&q=" + household.getHouseholdNumber()))
            .andExpect(flash().attribute("message", household.getHouseholdNumber() + " Household survey: claimed"));

        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
            .isEqualTo(DemoUsers.CADRE);
        mvc.perform(get("/inbox").param("tab", "mine").param("q", household.getHouseholdNumber()).with(cadre()))
            .andExpect(content().string(containsString(household.getHouseholdNumber())))
            .andExpect(content().string(containsString("/inbox/" + taskId + "/unclaim")));
        InboxAssertions.matchesEngine(jdbc, taskService, household.getId());

        mvc.perform(post("/inbox/{id}/unclaim", taskId).with(cadre()).with(csrf())).andExpect(status().isFound());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        InboxAssertions.matchesEngine(jdbc, taskService, household.getId());
    }

    @Test
    void claimWhenTaskOfAnotherTownshipThenNotFoundAndNothingChanges() throws Exception {
        Household foreign = applied(OTHER_VILLAGE);
        String taskId = survey(foreign);

        mvc.perform(post("/inbox/{id}/claim", taskId).with(cadre()).with(csrf()))
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString(foreign.getHouseholdNumber()))));
        mvc.perform(post("/api/inbox/{id}/claim", taskId).with(httpBasic(API_USER, PASSWORD)))
            .andExpect(status().isNotFound());

        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void claimWithoutCsrfTokenThenForbiddenAndNothingChanges() throws Exception {
        String taskId = survey(applied(DemoAreas.VILLAGE_A));

        mvc.perform(post("/inbox/{id}/claim", taskId).with(cadre())).andExpect(status().isForbidden());
        mvc.perform(post("/inbox/claim").param("taskId", taskId).with(cadre())).andExpect(status().isForbidden());

        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void bulkClaimThenFlashListsAResultPerTask() throws Exception {
        Household free = applied(DemoAreas.VILLAGE_A);
        Household taken = applied(DemoAreas.VILLAGE_B);
        Household foreign = applied(OTHER_VILLAGE);
        taskService.claim(survey(taken), "cadre-colleague");

        mvc.perform(post("/inbox/claim").param("taskId", survey(free), survey(taken), survey(foreign), "no-such-task")
            .param("tab", "groups")
            .with(cadre())
            .with(csrf())
            .locale(Locale.ENGLISH))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/inbox?tab=groups"))
            .andExpect(flash().attribute("message", "Claimed 1 of 4 selected tasks."))
            .andExpect(flash().attribute("claimResults", List.of(
                    free.getHouseholdNumber() + " Household survey: claimed",
                    taken.getHouseholdNumber() + " Household survey: already claimed by cadre-colleague",
                    "Task " + survey(foreign) + ": not found or no longer open",
                    "Task no-such-task: not found or no longer open")));

        assertThat(taskService.createTaskQuery().taskId(survey(free)).singleResult().getAssignee())
            .isEqualTo(DemoUsers.CADRE);
        assertThat(taskService.createTaskQuery().taskId(survey(taken)).singleResult().getAssignee())
            .isEqualTo("cadre-colleague");
        assertThat(taskService.createTaskQuery().taskId(survey(foreign)).singleResult().getAssignee()).isNull();
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

    @Test
    void apiWithHttpBasicReturnsTheInboxAsJsonAndClaimsLikeThePage() throws Exception {
        Household household = applied(DemoAreas.VILLAGE_A);
        String taskId = survey(household);

        mvc.perform(get("/api/inbox").param("tab", "groups").param("q", household.getHouseholdNumber())
            .with(httpBasic(API_USER, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.tab").value("groups"))
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.items[0].taskId").value(taskId))
            .andExpect(jsonPath("$.items[0].householdNumber").value(household.getHouseholdNumber()))
            .andExpect(jsonPath("$.items[0].villageName").value("城南村"))
            .andExpect(jsonPath("$.items[0].stage").value("IDENTIFICATION"))
            .andExpect(jsonPath("$.items[0].candidateGroups[0]").value("cadre-" + DemoAreas.VILLAGE_A))
            .andExpect(jsonPath("$.counts.groups").isNumber());
        mvc.perform(get("/api/inbox").param("tab", "groups").param("size", "100").with(httpBasic(API_USER, PASSWORD)))
            .andExpect(jsonPath("$.items[*].villageCode", everyItem(startsWith(DemoAreas.VILLAGE_A))));

        mvc.perform(post("/api/inbox/{id}/claim", taskId).with(httpBasic(API_USER, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.outcome").value("CLAIMED"))
            .andExpect(jsonPath("$.assignee").value(API_USER));
        mvc.perform(get("/api/inbox").param("tab", "mine").with(httpBasic(API_USER, PASSWORD)))
            .andExpect(jsonPath("$.items[*].taskId", hasItem(taskId)));
        mvc.perform(post("/api/inbox/{id}/unclaim", taskId).with(user("cadre2").authorities(
                () -> "GROUP_cadre-" + DemoAreas.VILLAGE_A)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.outcome").value("NOT_YOURS"));
        mvc.perform(post("/api/inbox/{id}/claim", taskId).with(user("cadre2").authorities(
                () -> "GROUP_cadre-" + DemoAreas.VILLAGE_A)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.assignee").value(API_USER));
        InboxAssertions.matchesEngine(jdbc, taskService, household.getId());
    }

}
