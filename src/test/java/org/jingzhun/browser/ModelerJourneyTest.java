package org.jingzhun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.modeler.DeploymentSource;
import org.jingzhun.modeler.ModelCatalog;
import org.jingzhun.modeler.ModelDeployments;
import org.jingzhun.modeler.ModelKind;
import org.jingzhun.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An administrator edits models in the browser editors (the model-editor bundle from src/main/frontend): renames a
 * task in the BPMN modeler's properties panel and deploys it as a new version; the decision and form editors open
 * the release models without an import error.
 */
@BrowserTest
class ModelerJourneyTest {

    /** A process no household journey of the suite depends on by task name; restored after the test. */
    static final String PROCESS = "PublicNoticeProcess";

    static final String TASK = "Task_ReviewObjection";

    static final Pattern ID = Pattern.compile("\\sid=\"[^\"]*\"");

    static final Pattern CAMUNDA_ATTRIBUTE = Pattern.compile("camunda:\\w+=\"[^\"]*\"");

    static final Pattern CAMUNDA_ELEMENT = Pattern.compile("<camunda:\\w+");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestUsers testUsers;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelDeployments deployments;

    @Autowired
    RepositoryService repositoryService;

    @BeforeEach
    void users() {
        testUsers.signInable(DemoUsers.ADMIN);
    }

    @Test
    void adminRenamesATaskInTheModelerDeploysAndSeesTheNewVersionListed(Browser browser) {
        String before = catalog.latestSource(ModelKind.BPMN, PROCESS);
        int version = latest().getVersion();
        String renamed = "核查公示异议（浏览器测试）";
        try {
            browser.open("/").login(DemoUsers.ADMIN, TestUsers.PASSWORD);
            browser.open("/admin/models/bpmn/" + PROCESS + "/edit");
            editorOpened(browser);
            assertThat(browser.findAll(".djs-container")).hasSize(1);
            assertThat(browser.findAll("#model-properties .bio-properties-panel")).hasSize(1);
            browser.screenshot("bpmn-modeler");

            script(browser, "const m = window.jingzhunEditor.modeler;"
                    + "m.get('selection').select(m.get('elementRegistry').get(arguments[0]));", TASK);
            // the Camunda 7 panel shows the task's engine settings, not only the BPMN ones
            openGroup(browser, "CamundaPlatform__UserAssignment");
            assertThat(browser.find("#bio-properties-panel-candidateGroups").getDomProperty("value"))
                .contains("candidates.noticeReviewers");
            openGroup(browser, "general");
            browser.type("#bio-properties-panel-name", renamed);
            browser.screenshot("task-renamed-in-properties-panel");

            browser.type("#model-reason", "浏览器测试：任务改名");
            browser.clickAndWait("#model-deploy-button");
            browser.screenshot("versions-after-deploy");

            assertThat(browser.path()).isEqualTo("/admin/models/bpmn/" + PROCESS);
            assertThat(browser.text("main .flash")).isNotBlank();
            assertThat(browser.text("#version-" + (version + 1))).contains("v" + (version + 1), "浏览器测试：任务改名",
                    DemoUsers.ADMIN);
            assertThat(browser.find("#version-" + (version + 1)).getDomAttribute("class")).contains("latest");
            ProcessDefinition deployed = latest();
            assertThat(deployed.getVersion()).isEqualTo(version + 1);
            UserTask task = repositoryService.getBpmnModelInstance(deployed.getId()).getModelElementById(TASK);
            assertThat(task.getName()).isEqualTo(renamed);
            // the edit changed the name only: the Camunda settings went through the editor intact
            assertThat(task.getCamundaCandidateGroups()).contains("candidates.noticeReviewers");
            assertThat(task.getCamundaFormRef()).isEqualTo("objection-review");
        }
        finally {
            restore(before);
        }
        assertThat(catalog.latestSource(ModelKind.BPMN, PROCESS)).isEqualTo(before);
    }

    @Test
    void adminOpensTheDecisionAndFormEditorsOnTheReleaseModels(Browser browser) {
        browser.open("/").login(DemoUsers.ADMIN, TestUsers.PASSWORD);

        browser.open("/admin/models/dmn/ExitEligibility/edit");
        editorOpened(browser);
        assertThat(browser.findAll(".tjs-container")).isNotEmpty();
        assertThat(source(browser)).contains("camunda:historyTimeToLive=\"3650\"", "Input_PerCapitaIncome");
        browser.screenshot("decision-table-editor");

        browser.open("/admin/models/form/survey/edit");
        editorOpened(browser);
        assertThat(browser.findAll(".fjs-editor-container")).hasSize(1);
        assertThat(source(browser)).contains("\"schemaVersion\": 16", "\"id\": \"survey\"");
        browser.screenshot("form-editor");
    }

    /**
     * Every release model goes into its editor and out again unchanged in what the engine reads: forms keep every
     * property and schemaVersion 16, processes and decisions keep every element id and every Camunda attribute
     * (an edit in the browser must not drop a listener or a formRef it did not touch).
     */
    @Test
    void releaseModelsComeOutOfTheEditorsAsTheyWentIn(Browser browser) throws Exception {
        browser.open("/").login(DemoUsers.ADMIN, TestUsers.PASSWORD);
        browser.open("/admin/models/form/survey/edit");
        editorOpened(browser);
        for (Resource form : resources("forms/*.form")) {
            JsonNode in = json.readTree(text(form));
            JsonNode out = json.readTree(roundTrip(browser, text(form)));
            ((ObjectNode) in).remove("exporter");
            ((ObjectNode) out).remove("exporter");
            assertThat(out).as(form.getFilename()).isEqualTo(in);
        }
        browser.open("/admin/models/bpmn/" + PROCESS + "/edit");
        editorOpened(browser);
        for (Resource process : resources("bpmn/*.bpmn")) {
            assertSameForTheEngine(process, roundTrip(browser, text(process)));
        }
        browser.open("/admin/models/dmn/ExitEligibility/edit");
        editorOpened(browser);
        for (Resource decision : resources("bpmn/decisions/*.dmn")) {
            assertSameForTheEngine(decision, roundTrip(browser, text(decision)));
        }
    }

    private static void assertSameForTheEngine(Resource model, String out) throws IOException {
        String in = text(model);
        assertThat(matches(out, ID)).as(model.getFilename() + " ids").isEqualTo(matches(in, ID));
        assertThat(matches(out, CAMUNDA_ATTRIBUTE)).as(model.getFilename() + " Camunda attributes")
            .isEqualTo(matches(in, CAMUNDA_ATTRIBUTE));
        assertThat(matches(out, CAMUNDA_ELEMENT)).as(model.getFilename() + " Camunda elements")
            .isEqualTo(matches(in, CAMUNDA_ELEMENT));
    }

    /** The multiset of matches, with the XML escapes the editors and our files spell differently undone. */
    private static Map<String, Long> matches(String xml, Pattern pattern) {
        return pattern.matcher(xml)
            .results()
            .map(match -> match.group().replace("&#39;", "'").replace("&apos;", "'").replace("&quot;", "\""))
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static String roundTrip(Browser browser, String source) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.jingzhunEditor.importSource(arguments[0]).then(() => window.jingzhunEditor.getSource())"
                        + ".then(done, (e) => done('failed: ' + e.message));",
                source);
    }

    private static Resource[] resources(String pattern) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern);
        assertThat(found).as(pattern).isNotEmpty();
        return found;
    }

    private static String text(Resource resource) throws IOException {
        return resource.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Waits until the bundle mounted the editor, and checks it opened the model (no error shown). */
    private static void editorOpened(Browser browser) {
        new WebDriverWait(browser.driver(), Browser.WAIT)
            .until(driver -> browser.find("#model-editor").getDomAttribute("data-ready") != null);
        assertThat(browser.findAll(".model-editor-error")).isEmpty();
        assertThat(browser.find("#model-editor").getDomAttribute("data-ready")).isEqualTo("true");
    }

    private static void openGroup(Browser browser, String group) {
        String header = "[data-group-id='group-" + group + "'] .bio-properties-panel-group-header";
        if (!browser.find(header).getDomAttribute("class").contains("open")) {
            browser.find(header).click();
        }
    }

    /** What the editor would deploy now. */
    private static String source(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.jingzhunEditor.getSource().then(done, (e) => done('failed: ' + e.message));");
    }

    private static Object script(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
            .singleResult();
    }

    /** The suite shares this engine: the release content becomes the latest version again. */
    private void restore(String before) {
        if (!catalog.latestSource(ModelKind.BPMN, PROCESS).equals(before)) {
            ModelDeployments.Outcome outcome = deployments.deploy(new ModelDeployments.Request(ModelKind.BPMN, PROCESS,
                    null, before.getBytes(StandardCharsets.UTF_8), "restore after ModelerJourneyTest",
                    DeploymentSource.ROLLBACK, DemoUsers.ADMIN, false));
            assertThat(outcome.problems()).as("restoring " + PROCESS).isEmpty();
        }
    }

}
