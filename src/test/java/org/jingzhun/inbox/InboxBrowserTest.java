package org.jingzhun.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

/** A cadre signs in on the login page, opens the inbox, claims a task of their group and finds it under "mine". */
@IntegrationTest
class InboxBrowserTest {

    static final String USER = "inbox-browser-cadre";

    static final String PASSWORD = "inbox-browser-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identityService;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    HouseholdService households;

    @Autowired
    ProcessSteps steps;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    WebClient browser;

    @BeforeEach
    void cadreOfVillageA() {
        areas.ensure();
        users.ensure(PASSWORD);
        if (identityService.createUserQuery().userId(USER).count() == 0) {
            var user = identityService.newUser(USER);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(USER, "cadre-" + DemoAreas.VILLAGE_A);
        }
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setCssEnabled(false);
        browser.addRequestHeader("Accept-Language", "en");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void cadreSignsInClaimsATaskOfTheirGroupAndFindsItUnderMine() throws Exception {
        Household household = households
            .get(lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE));
        String taskId = steps.task(household.getId(), "Task_SurveyHousehold").getId();

        HtmlPage login = browser.getPage("http://localhost/inbox?tab=groups&q=" + household.getHouseholdNumber());
        assertThat(login.getUrl().getPath()).isEqualTo("/login");
        HtmlForm form = login.getForms()
            .stream()
            .filter(f -> f.getActionAttribute().endsWith("/login"))
            .findFirst()
            .orElseThrow();
        form.getInputByName("username").type(USER);
        form.getInputByName("password").type(PASSWORD);
        HtmlPage inbox = form.getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(inbox.getUrl().getPath()).isEqualTo("/inbox");
        HtmlTableRow row = inbox.getHtmlElementById("task-" + taskId);
        assertThat(row.asNormalizedText()).contains(household.getHouseholdNumber(), household.getHeadName(),
                "城南村", "Household survey");

        HtmlPage claimed = ((HtmlButton) row.getFirstByXPath(".//button[contains(@formaction, '/claim')]")).click();

        HtmlElement flash = claimed.getFirstByXPath("//p[@class='flash']");
        assertThat(flash.asNormalizedText()).isEqualTo(household.getHouseholdNumber() + " Household survey: claimed");
        assertThat(claimed.getElementById("task-" + taskId)).as("no longer claimable").isNull();
        HtmlPage mine = ((HtmlAnchor) claimed.getFirstByXPath("//ul[@class='tabs']//a[contains(@href, 'tab=mine')]"))
            .click();
        HtmlTableRow mineRow = mine.getHtmlElementById("task-" + taskId);
        assertThat(mineRow.asNormalizedText()).contains(household.getHouseholdNumber(), "Give back");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(USER);
        InboxAssertions.matchesEngine(jdbc, taskService, household.getId());
    }

}
