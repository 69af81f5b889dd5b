package org.jingzhun.modeler.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.demo.TaskJourneys;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.StageDiagrams;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Running households move from the released assistance process to a version 2 with "Task_RecordIncome" renamed
 * (a manual mapping) and "Task_ConfirmIncome" added, through the administrator's pages: plan, report, dry run, run.
 * Households are made for each test and driven to the income record before version 2 exists; version 2 is deployed
 * once for the class and the release deployed again after it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationPagesTest {

    static final String RENAMED_FROM = "Task_RecordIncome";

    static final String RENAMED_TO = "Task_RecordYearlyIncome";

    /** The reminder timer on the renamed task: same id in both versions. */
    static final String REMINDER = "BoundaryEvent_RecordIncomeDue";

    /** Steps of the demo journey after which a household waits at its measures and its yearly income record. */
    static final int TO_INCOME_RECORD = 9;

    @Autowired
    MockMvc mvc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    WorkflowService workflow;

    @Autowired
    StageDiagrams stages;

    @Autowired
    MigrationRunner runner;

    @Autowired
    MigrationRunStore store;

    @Autowired
    Today today;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    /** Per test, the households made for it in @BeforeAll (they must start on the release, before version 2). */
    final List<List<Long>> householdsPerTest = new ArrayList<>();

    String release;

    ProcessDefinition version2;

    @BeforeAll
    void householdsOnTheReleaseThenVersion2() {
        areas.ensure();
        users.ensure("test-only");
        // two households where the run's several instances matter, one elsewhere: each costs a journey of 9 steps
        for (int size : new int[] { 2, 1, 1, 1 }) {
            List<Long> households = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_B),
                        DemoUsers.cadreOf(DemoAreas.VILLAGE_B));
                TaskJourneys.advance(workflow, id, DemoAreas.VILLAGE_B, today.date(), TO_INCOME_RECORD);
                households.add(id);
            }
            householdsPerTest.add(households);
        }
        release = assistance(householdsPerTest.get(0).get(0)).getProcessDefinitionId();
        version2 = AssistanceVersions.deployVersion2(repositoryService);
    }

    @AfterAll
    void releaseIsLatestAgain() {
        ProcessDefinition restored = AssistanceVersions.restoreRelease(repositoryService);
        assertThat(repositoryService.createProcessDefinitionQuery()
            .processDefinitionKey(AssistanceVersions.KEY)
            .latestVersion()
            .singleResult()
            .getId()).isEqualTo(restored.getId());
    }

    @Test
    void migrationWhenRenamedTaskMappedThenDryRunChangesNothingAndRunMovesEveryChosenHouseholdAndItsInbox()
            throws Exception {
        List<Long> households = householdsPerTest.get(0);
        List<String> instances = households.stream().map(id -> assistance(id).getId()).toList();
        Map<String, String> inboxBefore = inboxKeys(instances);
        Map<String, Date> reminderDue = reminders(instances);

        PlanView unmappedPlan = plan(get("/admin/migrations/plan").param("source", release)
            .param("target", version2.getId()));
        assertThat(unmappedPlan.unmapped()).extracting(PlanView.Unmapped::activityId).containsExactly(RENAMED_FROM);
        assertThat(unmappedPlan.unmapped().get(0).choices()).extracting(PlanView.Choice::activityId)
            .contains(RENAMED_TO, "Task_ConfirmIncome")
            .doesNotContain("Gateway_PlanMerge", "BoundaryEvent_RecordIncomeDue");
        assertThat(unmappedPlan.instances()).extracting(PlanView.SourceInstance::id).containsAll(instances);

        MvcResult unmappedDryRun = perform(form("/admin/migrations/dry-run", instances, false));
        assertThat(dryRun(unmappedDryRun).values()).allSatisfy(result -> assertThat(result.ok()).isFalse());

        MvcResult dryRun = perform(form("/admin/migrations/dry-run", instances, true));
        assertThat(plan(dryRun).valid()).isTrue();
        assertThat(plan(dryRun).instructions()).contains(new Instruction(RENAMED_FROM, RENAMED_TO, false),
                new Instruction(REMINDER, REMINDER, false));
        assertThat(dryRun(dryRun)).containsOnlyKeys(instances);
        assertThat(dryRun(dryRun).values()).allSatisfy(result -> assertThat(result.failures()).isEmpty());
        assertThat(instances).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(release));
        assertThat(inboxKeys(instances)).isEqualTo(inboxBefore);

        String location = mvc.perform(form("/admin/migrations/runs", instances, true).with(admin()))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        runner.runPending();
        RunView run = (RunView) mvc.perform(get(location).with(admin()).locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2 migrated, 0 failed of 2")))
            .andReturn()
            .getModelAndView()
            .getModel()
            .get("run");

        assertThat(run.startedBy()).isEqualTo("admin");
        assertThat(run.sourceDefinitionId()).isEqualTo(release);
        assertThat(run.targetDefinitionId()).isEqualTo(version2.getId());
        assertThat(run.plan()).contains(new Instruction(RENAMED_FROM, RENAMED_TO, false));
        assertThat(run.progress().finished()).isTrue();
        mvc.perform(get("/admin/migrations").with(admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"" + location + "\"")));
        assertThat(run.items()).extracting(RunView.Item::processInstanceId).containsExactlyInAnyOrderElementsOf(instances);
        assertThat(run.items()).allSatisfy(item -> assertThat(item.status()).isEqualTo(ItemStatus.MIGRATED));
        assertThat(reminders(instances)).as("the renamed task's reminder timers keep their due dates")
            .isEqualTo(reminderDue);
        for (Long household : households) {
            ProcessInstance assistance = assistance(household);
            assertThat(assistance.getProcessDefinitionId()).isEqualTo(version2.getId());
            Task income = taskService.createTaskQuery()
                .processInstanceId(assistance.getId())
                .taskDefinitionKey(RENAMED_TO)
                .singleResult();
            assertThat(income.getName()).isEqualTo("登记全年收入");
            assertThat(jdbc.queryForMap("select task_key, name from inbox_task where task_id = ?", income.getId()))
                .containsEntry("TASK_KEY", RENAMED_TO)
                .containsEntry("NAME", "登记全年收入");
            InboxAssertions.matchesEngine(jdbc, taskService, household);
            mvc.perform(get("/tasks/{id}", income.getId()).with(WebUsers.cadre()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登记全年收入")));
            assertThat(stages.current(household).orElseThrow().processDefinitionId()).isEqualTo(version2.getId());
        }
    }

    @Test
    void runWhenMappedToAnActivityThatDoesNotExistThenTheEnginesReportIsShownAndNothingStarts() throws Exception {
        List<String> instances = householdsPerTest.get(1).stream().map(id -> assistance(id).getId()).toList();
        long runsBefore = jdbc.queryForObject("select count(*) from migration_run", Long.class);

        MvcResult result = perform(form("/admin/migrations/runs", instances, false)
            .param("mapping[" + RENAMED_FROM + "]", "Task_DoesNotExist"));

        assertThat(plan(result).valid()).isFalse();
        assertThat(plan(result).failures()).extracting(Failure::text)
            .anySatisfy(text -> assertThat(text).contains("Task_DoesNotExist"));
        assertThat(result.getModelAndView().getModel().get("errors")).asList().isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from migration_run", Long.class)).isEqualTo(runsBefore);
        assertThat(instances).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(release));
    }

    @Test
    void runWhenInstancesCannotMigrateThenEachIsRecordedAsFailedWithTheEnginesMessageAndStaysOnItsVersion()
            throws Exception {
        List<Long> households = householdsPerTest.get(2);
        List<String> instances = households.stream().map(id -> assistance(id).getId()).toList();
        Map<String, String> inboxBefore = inboxKeys(instances);

        String location = mvc.perform(form("/admin/migrations/runs", instances, false).with(admin()))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        runner.runPending();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        runner.idle().get(30, TimeUnit.SECONDS); // the run's own background pass, woken at commit, is done too
        RunView run = store.find(runId).orElseThrow();
        assertThat(run.items()).allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(ItemStatus.FAILED);
            assertThat(item.message()).contains(RENAMED_FROM);
        });
        assertThat(run.progress().failed()).isEqualTo(instances.size());
        assertThat(instances).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(release));
        assertThat(inboxKeys(instances)).isEqualTo(inboxBefore);
        households.forEach(id -> InboxAssertions.matchesEngine(jdbc, taskService, id));
    }

    @Test
    void runWhenStartedThenTheBackgroundRunnerFinishesItAndTheProgressJsonSaysSo() throws Exception {
        List<String> instances = householdsPerTest.get(3).stream().map(id -> assistance(id).getId()).toList();

        String location = mvc.perform(form("/admin/migrations/runs", instances, true).with(admin()))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        runner.idle().get(30, TimeUnit.SECONDS);

        String json = mvc.perform(get(location + "/progress").with(admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(json).contains("\"total\":1", "\"migrated\":1", "\"failed\":0", "\"percent\":100",
                "\"finished\":true");
        // the page's script fills the JSON's numbers into this text while the run goes on
        mvc.perform(get(location).with(admin()).locale(Locale.ENGLISH))
            .andExpect(content().string(containsString("data-template=\"{migrated} migrated, {failed} failed of "
                    + "{total}\"")));
        assertThat(instances).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(version2.getId()));
    }

    @Test
    void migrationPagesWhenCadreThenForbidden() throws Exception {
        mvc.perform(get("/admin/migrations").with(WebUsers.cadre())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/migrations/plan").param("source", release)
            .param("target", version2.getId())
            .with(WebUsers.cadre())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/migrations/runs").with(csrf()).with(WebUsers.cadre())
            .param("source", release)
            .param("target", version2.getId())).andExpect(status().isForbidden());
    }

    @Test
    void migrationPagesWhenAnonymousThenRedirectToLogin() throws Exception {
        mvc.perform(get("/admin/migrations")).andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/admin/migrations/runs/1/progress")).andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void indexWhenAdministratorThenListsTheVersionsWithTheirRunningInstances() throws Exception {
        @SuppressWarnings("unchecked")
        List<ProcessVersions> processes = (List<ProcessVersions>) mvc
            .perform(get("/admin/migrations").param("key", AssistanceVersions.KEY).with(admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getModelAndView()
            .getModel()
            .get("processes");

        ProcessVersions assistance = processes.stream()
            .filter(p -> p.key().equals(AssistanceVersions.KEY))
            .findFirst()
            .orElseThrow();
        assertThat(assistance.versions()).extracting(ProcessVersions.Version::definitionId)
            .contains(release, version2.getId());
        assertThat(assistance.versions()
            .stream()
            .filter(v -> v.definitionId().equals(release))
            .findFirst()
            .orElseThrow()
            .running()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void runWhenTheTargetIsAnotherProcessThenRefusedWithAMessageAndNothingStarts() throws Exception {
        List<String> instances = householdsPerTest.get(1).stream().map(id -> assistance(id).getId()).toList();
        String otherProcess = repositoryService.createProcessDefinitionQuery()
            .processDefinitionKey("ExitVerificationProcess").latestVersion().singleResult().getId();
        long runsBefore = jdbc.queryForObject("select count(*) from migration_run", Long.class);

        mvc.perform(post("/admin/migrations/runs").with(csrf()).with(admin()).locale(Locale.ENGLISH)
                .header("Accept-Language", "en")
                .param("source", release).param("target", otherProcess).param("instances", instances.get(0)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Both versions must belong to the same process.")));

        assertThat(jdbc.queryForObject("select count(*) from migration_run", Long.class)).isEqualTo(runsBefore);
        assertThat(definitionOf(instances.get(0))).isEqualTo(release);
    }

    @Test
    void planWhenAnUnknownDefinitionThenNotFound() throws Exception {
        mvc.perform(get("/admin/migrations/plan").param("source", "nope:1:1")
            .param("target", version2.getId())
            .with(admin())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(String url, List<String> instances, boolean mapRenamedTask) {
        MockHttpServletRequestBuilder request = post(url).with(csrf())
            .param("source", release)
            .param("target", version2.getId());
        instances.forEach(id -> request.param("instances", id));
        if (mapRenamedTask) {
            request.param("mapping[" + RENAMED_FROM + "]", RENAMED_TO);
        }
        return request;
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(admin())).andExpect(status().isOk()).andReturn();
    }

    private PlanView plan(MockHttpServletRequestBuilder request) throws Exception {
        return plan(perform(request));
    }

    private static PlanView plan(MvcResult result) {
        return (PlanView) result.getModelAndView().getModel().get("plan");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, InstanceResult> dryRun(MvcResult result) {
        return (Map<String, InstanceResult>) result.getModelAndView().getModel().get("dryRun");
    }

    private ProcessInstance assistance(Long householdId) {
        return runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(householdId.toString())
            .processDefinitionKey(AssistanceVersions.KEY)
            .singleResult();
    }

    private String definitionOf(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult()
            .getProcessDefinitionId();
    }

    /** process instance → due date of the reminder timer on its yearly income record */
    private Map<String, Date> reminders(List<String> instances) {
        Map<String, Date> due = new TreeMap<>();
        for (String instance : instances) {
            Job job = managementService.createJobQuery().processInstanceId(instance).activityId(REMINDER).singleResult();
            due.put(instance, job.getDuedate());
        }
        return due;
    }

    /** task id → "key name" of the instances' inbox rows */
    private Map<String, String> inboxKeys(List<String> instances) {
        Map<String, String> rows = new TreeMap<>();
        for (String instance : instances) {
            jdbc.query("select task_id, task_key, name from inbox_task where process_instance_id = ?",
                    rs -> {
                    rows.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
                }, instance);
        }
        return rows;
    }

    static RequestPostProcessor admin() {
        return WebUsers.as("admin", AreaGroups.ADMINS);
    }

}
