package org.jingzhun.household.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.household.web.FileFixtures.VILLAGE_A;
import static org.jingzhun.household.web.FileFixtures.named;
import static org.jingzhun.household.web.FileFixtures.uniqueName;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

/** What a cadre sees and clicks: sign in, find a household in the register, open its file, apply for a new one. */
@IntegrationTest
class HouseholdJourneyHtmlUnitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    HouseholdRepository households;

    @Autowired
    ProcessSteps steps;

    @Autowired
    IdentityService identity;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    WebClient browser;

    @BeforeEach
    void signedOutBrowser() {
        areas.ensure();
        users.ensure(FileFixtures.PASSWORD);
        FileFixtures.ensureUsers(identity);
        // the pages work without JavaScript; the diagram viewer is the only script and needs a real browser
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    HtmlPage signIn(String url) throws Exception {
        HtmlPage login = browser.getPage(url);
        HtmlForm form = login.getForms().get(login.getForms().size() - 1);
        form.<HtmlInput>getInputByName("username").type(FileFixtures.CADRE);
        form.<HtmlInput>getInputByName("password").type(FileFixtures.PASSWORD);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    @Test
    void cadreFindsAHouseholdInTheRegisterAndOpensItsFile() throws Exception {
        String head = uniqueName("览");
        Long id = lifecycle.apply(named(VILLAGE_A, head, 2), "cadre");
        Household household = households.findById(id).orElseThrow();

        HtmlPage register = signIn("http://localhost/households");
        assertThat(register.getUrl().getPath()).isEqualTo("/households");
        HtmlForm search = register.getFirstByXPath("//form[@role='search']");
        search.<HtmlInput>getInputByName("q").type(head);
        HtmlPage found = search.getOneHtmlElementByAttribute("button", "type", "submit").click();
        HtmlAnchor link = found.getAnchorByText(household.getHouseholdNumber());
        HtmlPage file = link.click();

        assertThat(file.getUrl().getPath()).isEqualTo("/households/" + id);
        assertThat(file.<HtmlElement>getFirstByXPath("//h1").asNormalizedText()).contains(head);
        assertThat(file.getElementById("ledger-income")).isNotNull();
        assertThat(file.getElementById("ledger-measures")).isNotNull();
        assertThat(file.getElementById("ledger-responsibility")).isNotNull();
        assertThat(file.getElementById("timeline").asNormalizedText()).contains("Stage entered: Identification");
        HtmlAnchor task = file.getFirstByXPath("//li[@data-task-key='Task_SurveyHousehold']/a");
        assertThat(task.getHrefAttribute()).isEqualTo("/tasks/" + steps.task(id, "Task_SurveyHousehold").getId());
    }

    @Test
    void cadreAppliesForANewHouseholdWithTwoMembers() throws Exception {
        String head = uniqueName("请");
        String headId = ApplicationParams.freshId();
        String spouseId = ApplicationParams.freshId();

        HtmlPage register = signIn("http://localhost/households");
        HtmlPage page = register.getAnchorByHref("/households/new").click();
        HtmlForm form = page.getFirstByXPath("//form[contains(@class,'application-form')]");
        form.<HtmlSelect>getSelectByName("villageCode").setSelectedAttribute(VILLAGE_A, true);
        form.<HtmlInput>getInputByName("headName").type(head);
        form.<HtmlInput>getInputByName("declaredSize").type("2");
        form.<HtmlSelect>getSelectByName("mainCause").setSelectedAttribute("ILLNESS", true);
        form.<HtmlInput>getInputByName("members[0].name").type(head);
        form.<HtmlInput>getInputByName("members[0].idNumber").type(headId);
        assertThat(form.getSelectByName("members[0].relation").getSelectedOptions().get(0).getValueAttribute())
            .isEqualTo("HEAD");

        page = form.<HtmlButton>getButtonByName("_addMember").click();
        form = page.getFirstByXPath("//form[contains(@class,'application-form')]");
        assertThat(form.<HtmlInput>getInputByName("members[0].idNumber").getValue()).isEqualTo(headId);
        form.<HtmlInput>getInputByName("members[1].name").type(head + "妻");
        form.<HtmlInput>getInputByName("members[1].idNumber").type(spouseId);
        form.<HtmlSelect>getSelectByName("members[1].relation").setSelectedAttribute("SPOUSE", true);
        HtmlButton submit = form.getFirstByXPath(".//button[contains(@class,'submit-application')]");
        HtmlPage file = submit.click();

        List<Household> created = households.findAll().stream().filter(h -> h.getHeadName().equals(head)).toList();
        assertThat(created).hasSize(1);
        Long id = created.get(0).getId();
        assertThat(file.getUrl().getPath()).isEqualTo("/households/" + id);
        assertThat(file.<HtmlElement>getFirstByXPath("//p[@class='flash']").asNormalizedText())
            .contains(created.get(0).getHouseholdNumber());
        assertThat(file.getElementById("members").asNormalizedText()).contains(head + "妻", headId);
        assertThat(steps.openKeys(id)).containsExactly("Task_SurveyHousehold");
    }

}
