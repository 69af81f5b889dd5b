package org.jingzhun.task;

import org.jingzhun.support.ServerTest;
import org.jingzhun.support.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeService;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a browser against the running server: a cadre opens a survey from a link, signs in, fills the form and
 * completes it, and is sent to the inbox; a committee member attaches the scan of the signed appraisal minutes
 * (a real multipart post through Tomcat, with the CSRF token the page carries).
 */
@ServerTest
class SurveyInTheBrowserTest {

    @Autowired
    TestUsers testUsers;

    @LocalServerPort
    int port;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    ProcessSteps steps;

    @Autowired
    HouseholdService households;

    @Autowired
    IncomeService incomes;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    final WebClient browser = new WebClient();

    @BeforeEach
    void setUp() {
        areas.ensure();
        testUsers.signInable(DemoUsers.CADRE, DemoUsers.COMMITTEE, DemoUsers.TOWNSHIP, DemoUsers.COUNTY);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.addRequestHeader("Accept-Language", "zh-CN");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    HtmlPage signIn(String path, String user) throws Exception {
        HtmlPage login = browser.getPage("http://localhost:" + port + path);
        assertThat(login.getUrl().getPath()).isEqualTo("/login");
        login.getHtmlElementById("username").type(user);
        login.getHtmlElementById("password").type(TestUsers.PASSWORD);
        return login.getForms().get(0).getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    @Test
    void cadreCompletesASurveyFromALinkAndLandsOnTheInbox() throws Exception {
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        Household household = households.get(id);
        String taskId = steps.task(id, "Task_SurveyHousehold").getId();

        HtmlPage task = signIn("/tasks/" + taskId, DemoUsers.CADRE);

        assertThat(task.getUrl().getPath()).isEqualTo("/tasks/" + taskId);
        assertThat(task.querySelector(".task-household").getTextContent()).contains(household.getHeadName(),
                "城南村");
        HtmlForm form = task.getHtmlElementById("task-form");
        for (String[] field : new String[][] { { "f-incomeYear", "2026" }, { "f-wageIncome", "5200" },
                { "f-businessIncome", "800" }, { "f-propertyIncome", "0" }, { "f-transferIncome", "900" },
                { "f-businessExpenses", "300" }, { "f-surveyNotes", "户主在外务工，妻子慢性病" } }) {
            task.getHtmlElementById(field[0]).type(field[1]);
        }
        ((HtmlSelect) task.getHtmlElementById("f-housingGrade")).setSelectedAttribute("C", true);
        ((HtmlSelect) task.getHtmlElementById("f-mainCause")).setSelectedAttribute("ILLNESS", true);
        ((HtmlSelect) task.getHtmlElementById("f-attribute")).setSelectedAttribute("ORDINARY", true);
        ((HtmlCheckBoxInput) form.getInputByValue("SKILLS")).setChecked(true);
        browser.getOptions().setRedirectEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        Page done = task.getHtmlElementById("task-complete").click();

        assertThat(done.getWebResponse().getStatusCode()).isEqualTo(302);
        assertThat(new URL(new URL("http://localhost:" + port + "/"), done.getWebResponse()
            .getResponseHeaderValue("Location")).getPath()).isEqualTo("/inbox");
        assertThat(incomes.latest(id)).hasValueSatisfying(r -> {
            assertThat(r.getYear()).isEqualTo(2026);
            assertThat(r.getWage()).isEqualByComparingTo("5200");
        });
        assertThat(households.get(id).secondaryCauses()).extracting(Enum::name).containsExactly("SKILLS");
        assertThat(steps.openKeys(id)).containsExactly("Task_AppraiseHousehold");
    }

    @Test
    void committeeAttachesTheScanOfTheSignedMinutes(@TempDir Path files) throws Exception {
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        steps.complete(id, "Task_SurveyHousehold", DemoUsers.CADRE, SurveyValues.valid());
        String taskId = steps.task(id, "Task_AppraiseHousehold").getId();
        Path scan = Files.write(files.resolve("评议记录.pdf"), TaskCommentsAndScansTest.PDF);

        HtmlPage task = signIn("/tasks/" + taskId, DemoUsers.COMMITTEE);
        ((HtmlFileInput) task.getHtmlElementById("attachment-file")).setFiles(scan.toFile());
        HtmlPage after = ((HtmlForm) task.getHtmlElementById("attachment-file").getEnclosingForm())
            .getOneHtmlElementByAttribute("button", "type", "submit")
            .click();

        assertThat(after.getUrl().getPath()).isEqualTo("/tasks/" + taskId);
        assertThat(after.querySelector("#attachments").getTextContent()).contains("评议记录.pdf");
        assertThat(after.querySelector(".flash").getTextContent()).isEqualTo("扫描件已上传。");
        Page download = after.getAnchorByText("评议记录.pdf").click();
        assertThat(download.getWebResponse().getContentAsStream().readAllBytes())
            .isEqualTo(TaskCommentsAndScansTest.PDF);
    }

}
