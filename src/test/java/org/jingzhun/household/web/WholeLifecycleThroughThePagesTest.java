package org.jingzhun.household.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.Today;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "A household goes from application to approved exit entirely through the pages": every step posted to the page a
 * person uses (application, task pages, approvals), as the user whose work it is. Only time passes outside the
 * pages: the public notices' periods are run out with the workflow's "run timer now".
 */
@IntegrationTest
class WholeLifecycleThroughThePagesTest {

    static final String V = DemoAreas.VILLAGE_A;

    static final String T = DemoAreas.TOWNSHIP_FUCHENG;

    static final String C = DemoAreas.COUNTY;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessSteps steps;

    @Autowired
    WorkflowService workflow;

    @Autowired
    HouseholdService households;

    @Autowired
    SignOffService signOffs;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @Autowired
    Today today;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    static RequestPostProcessor cadre() {
        return WebUsers.as(DemoUsers.CADRE, "cadre-" + V);
    }

    static RequestPostProcessor committee() {
        return WebUsers.as(DemoUsers.COMMITTEE, "committee-" + V);
    }

    static RequestPostProcessor township() {
        return WebUsers.as(DemoUsers.TOWNSHIP, "township-" + T);
    }

    static RequestPostProcessor county() {
        return WebUsers.as(DemoUsers.COUNTY, "county-" + C);
    }

    @Test
    void householdGoesFromApplicationToApprovedExitEntirelyThroughThePages() throws Exception {
        areas.ensure();
        users.ensure("pages-journey");
        String today = this.today.date().toString();
        int year = this.today.date().getYear();

        MultiValueMap<String, String> application = ApplicationParams.household(V, "页面户主", 2);
        ApplicationParams.member(application, 0, "页面户主", ApplicationParams.freshId(), "HEAD");
        ApplicationParams.member(application, 1, "页面配偶", ApplicationParams.freshId(), "SPOUSE");
        String location = mvc.perform(post("/households/new").params(application).with(cadre()).with(csrf()))
            .andExpect(redirectedUrlPattern("/households/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

        task(id, "Task_SurveyHousehold", cadre(), Map.of("incomeYear", "" + year, "wageIncome", "2000",
                "businessIncome", "1000", "propertyIncome", "0", "transferIncome", "500", "businessExpenses", "300",
                "housingGrade", "B", "safeDrinkingWater", "true", "mainCause", "ILLNESS", "attribute", "ORDINARY"));
        task(id, "Task_AppraiseHousehold", committee(),
                Map.of("votesFor", "21", "votesAgainst", "1", "decision", "approve", "reason", "评议通过"));
        noticePeriodPasses(id);
        approval(id, "Task_ReviewIdentification", township(), "入户核实属实");
        noticePeriodPasses(id);
        approval(id, "Task_ApproveRegistration", county(), "同意纳入");
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.POOR);
        task(id, "Task_AssignHelper", township(), Map.of("helper", DemoUsers.CADRE, "plannedExitYear", "" + year));

        LocalDate start = this.today.date().minusMonths(1);
        MultiValueMap<String, String> plan = new LinkedMultiValueMap<>();
        plan.add("measures[0].path", "HEALTH");
        plan.add("measures[0].content", "代缴城乡居民医保");
        plan.add("measures[0].provider", "县医保局");
        plan.add("measures[0].cost", "380");
        plan.add("measures[0].fundSource", "FISCAL");
        plan.add("measures[0].startDate", start.toString());
        plan.add("measures[0].endDate", start.plusMonths(6).toString());
        plan.add("planSummary", "健康扶贫为主");
        task(id, "Task_PlanMeasures", cadre(), plan);
        task(id, "Task_ApprovePlan", township(), Map.of("decision", "approve", "reason", "措施对路"));
        task(id, "Task_DeliverMeasure", cadre(),
                Map.of("deliveredOn", today, "actualCost", "380", "householdSigned", "true"));
        task(id, "Task_RecordIncome", cadre(), Map.of("incomeYear", "" + year, "wageIncome", "9000",
                "businessIncome", "2000", "propertyIncome", "0", "transferIncome", "800", "businessExpenses", "400"));
        task(id, "Task_VisitHousehold", cadre(), Map.of("visitedOn", today, "foodSecure", "true", "clothingSecure",
                "true", "safeDrinkingWater", "true", "housingGrade", "B", "findings", "达标"));

        task(id, "Task_AppraiseExit", committee(),
                Map.of("votesFor", "20", "votesAgainst", "0", "decision", "approve", "reason", "同意退出"));
        for (String department : DemoUsers.DEPARTMENTS) {
            String key = "Task_Certify" + Character.toUpperCase(department.charAt(0)) + department.substring(1);
            task(id, key, WebUsers.as(department, "dept-" + department + "-" + C),
                    Map.of("decision", "approve", "reason", "核查达标"));
        }
        task(id, "Task_SignExitAgreement", cadre(),
                Map.of("decision", "approve", "signedOn", today, "reason", "户主签字"));
        noticePeriodPasses(id);
        approval(id, "Task_ReviewExit", township(), "乡镇审核同意");
        approval(id, "Task_ApproveExit", county(), "县级验收合格");

        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.EXITED);
        assertThat(households.get(id).getExitDate()).isEqualTo(this.today.date());
        assertThat(signOffs.forHousehold(id)).extracting(s -> s.getActor())
            .contains(DemoUsers.COMMITTEE, DemoUsers.TOWNSHIP, DemoUsers.COUNTY, "education", "health", "housing",
                    "water", DemoUsers.CADRE);
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

    void task(Long id, String key, RequestPostProcessor user, Map<String, String> values) throws Exception {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        values.forEach(params::add);
        task(id, key, user, params);
    }

    void task(Long id, String key, RequestPostProcessor user, MultiValueMap<String, String> values) throws Exception {
        String taskId = steps.task(id, key).getId();
        mvc.perform(post("/tasks/{id}", taskId).params(values).param("_complete", "1").with(user).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/inbox*"));
        assertThat(steps.openKeys(id)).as("after %s", key).doesNotContain(key);
    }

    void approval(Long id, String key, RequestPostProcessor user, String reason) throws Exception {
        String taskId = steps.task(id, key).getId();
        mvc.perform(post("/approvals/{id}", taskId).param("decision", "approve").param("reason", reason)
            .with(user)
            .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(steps.openKeys(id)).as("after %s", key).doesNotContain(key);
    }

    void noticePeriodPasses(Long id) {
        assertThat(workflow.runTimerNow(id, "TimerEvent_NoticePeriodElapsed")).isTrue();
    }

}
