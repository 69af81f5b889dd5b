package org.jingzhun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.demo.TaskJourneys;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.IncomeService;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.support.TestUsers;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The main journeys as people do them, in Chromium: a cadre's survey, the county's exit approval. */
@BrowserTest
class MainJourneysTest {

    @Autowired
    TestUsers testUsers;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    WorkflowService workflow;

    @Autowired
    HouseholdService households;

    @Autowired
    IncomeService incomes;

    @Autowired
    ProcessSteps steps;

    @Autowired
    Today today;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @BeforeEach
    void users() {
        testUsers.signInable(DemoUsers.CADRE, DemoUsers.COUNTY);
    }

    @Test
    void cadreFindsTheSurveyInTheInboxFillsItAndCompletesIt(Browser browser) {
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        String taskId = steps.task(id, "Task_SurveyHousehold").getId();

        browser.open("/").login(DemoUsers.CADRE, TestUsers.PASSWORD);
        browser.open("/inbox?tab=groups&q=" + households.get(id).getHouseholdNumber());
        browser.screenshot("inbox");
        browser.clickAndWait("a[href='/tasks/" + taskId + "']");
        assertThat(browser.path()).isEqualTo("/tasks/" + taskId);
        browser.screenshot("survey-form");

        browser.type("[name=incomeYear]", String.valueOf(today.date().getYear()))
            .type("[name=wageIncome]", "3000")
            .type("[name=businessIncome]", "1200")
            .type("[name=propertyIncome]", "0")
            .type("[name=transferIncome]", "600")
            .type("[name=businessExpenses]", "300");
        new Select(browser.find("select[name=housingGrade]")).selectByValue("C");
        new Select(browser.find("select[name=mainCause]")).selectByValue("ILLNESS");
        new Select(browser.find("select[name=attribute]")).selectByValue("ORDINARY");
        browser.driver().findElement(By.cssSelector("[name=safeDrinkingWater]")).click();
        browser.screenshot("survey-filled");
        browser.clickAndWait("#task-complete");
        browser.screenshot("after-complete");

        assertThat(browser.path()).isEqualTo("/inbox");
        assertThat(browser.text("main .flash")).isNotBlank();
        assertThat(steps.openKeys(id)).containsExactly("Task_AppraiseHousehold");
        assertThat(incomes.latest(id)).get()
            .satisfies(record -> assertThat(record.getPerCapitaNet()).isEqualByComparingTo("1500.00"));
        assertThat(households.livingConditions(id).getHousingGrade().name()).isEqualTo("C");
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

    @Test
    void countyApprovesAnExitOnTheApprovalsPage(Browser browser) {
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        TaskJourneys.advance(workflow, id, DemoAreas.VILLAGE_A, today.date(), 17);
        String taskId = steps.task(id, "Task_ApproveExit").getId();

        browser.open("/").login(DemoUsers.COUNTY, TestUsers.PASSWORD);
        browser.open("/approvals");
        browser.screenshot("approvals");
        String form = "form[action='/approvals/" + taskId + "']";
        browser.driver().findElement(By.cssSelector(form + " input[name=decision][value=approve]")).click();
        browser.type(form + " textarea[name=reason]", "县级验收合格，同意退出");
        browser.screenshot("approval-filled");
        browser.clickAndWait(form + " button[type=submit]");
        browser.screenshot("after-approval");

        assertThat(browser.text("main .flash")).isNotBlank();
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.EXITED);
        assertThat(households.get(id).getExitDate()).isEqualTo(today.date());
        assertThat(steps.openKeys(id)).isEmpty();
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

}
