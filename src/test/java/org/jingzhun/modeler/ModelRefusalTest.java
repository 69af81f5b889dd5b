package org.jingzhun.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import org.camunda.bpm.engine.RepositoryService;
import org.hamcrest.Matcher;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bad models are refused with a message naming the problem, and nothing is deployed. */
@IntegrationTest
class ModelRefusalTest {

    static final String DEFINITIONS = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "id=\"Definitions_Evil\" targetNamespace=\"http://jingzhun.org/bpmn\">";

    @Autowired
    MockMvc mvc;

    @Autowired
    RepositoryService repositoryService;

    long deploymentsBefore;

    @BeforeEach
    void countDeployments() {
        deploymentsBefore = repositoryService.createDeploymentQuery().count();
    }

    @Test
    void refusesBrokenXmlWithItsLine() throws Exception {
        String broken = ModelFixtures.testProcess().replace("</bpmn:process>", "</bpmn:proces>");

        editorDeploy(broken, containsString("Line 11: Not well-formed XML"));
    }

    @Test
    void refusesADecisionTheEngineCannotTransformLocatedByItsRuleAndLine() throws Exception {
        String twoEntries = newDecision().replace("<inputEntry id=\"InputEntry_Any\">",
                "<inputEntry id=\"InputEntry_Extra\"><text></text></inputEntry><inputEntry id=\"InputEntry_Any\">");

        upload("two-entries.dmn", twoEntries,
                allOf(containsString("Rule_Any (line 11): The process engine refuses it"),
                        containsString("input entries differ")));
    }

    @Test
    void refusesADecisionAgainstTheSchemaWithItsLine() throws Exception {
        String unknownHitPolicy = newDecision().replace("hitPolicy=\"FIRST\"", "hitPolicy=\"SOMETIMES\"");

        upload("hit-policy.dmn", unknownHitPolicy, containsString("Line 4: The process engine refuses it"));
    }

    @Test
    void refusesExternalEntityBeforeAnythingReadsIt() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + DEFINITIONS + "<bpmn:process id=\"EvilProcess\" isExecutable=\"true\"><bpmn:documentation>&xxe;"
                + "</bpmn:documentation></bpmn:process></bpmn:definitions>";

        upload("evil.bpmn", xxe, allOf(containsString("declares a DOCTYPE"), not(containsString("root:x:0"))));
    }

    @Test
    void refusesEntityExpansion() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            laughs.append(("&" + previous + ";").repeat(10)).append("\">\n");
            previous = "lol" + i;
        }
        laughs.append("]>\n").append(DEFINITIONS).append("<bpmn:process id=\"LaughProcess\"><bpmn:documentation>&")
            .append(previous).append(";</bpmn:documentation></bpmn:process></bpmn:definitions>");

        upload("laughs.bpmn", laughs.toString(), containsString("declares a DOCTYPE"));
    }

    @Test
    void refusesAnExpressionNamingAnUnknownBean() throws Exception {
        String unknownBean = ModelFixtures.release(ModelKind.BPMN, "IdentificationProcess")
            .replace("${registerHousehold}", "${noSuchBean}");

        mvc.perform(post("/admin/models/deploy").with(ModelDeployThroughThePageTest.admin()).with(csrf())
            .header("Accept-Language", "en")
            .param("kind", "bpmn")
            .param("key", "IdentificationProcess")
            .param("content", unknownBean)
            .param("reason", "typo"))
            .andExpect(status().isOk())
            .andExpect(view().name(ModelEditorController.VIEW))
            .andExpect(content().string(containsString("Task_RegisterHousehold (line 245)")))
            .andExpect(content().string(containsString("names noSuchBean")));
        assertNothingDeployed();
    }

    @Test
    void refusesAnOversizedFile() throws Exception {
        String padding = "<!-- " + "x".repeat(1024 * 1024) + " -->";
        String large = ModelFixtures.testProcess().replace("</bpmn:definitions>", padding + "</bpmn:definitions>");

        upload("large.bpmn", large, containsString("more than the limit of 1024 KB"));
    }

    @Test
    void fileBeyondTheServersUploadLimitGetsAnErrorPageSayingSo() throws Exception {
        // Tomcat refuses a request over spring.servlet.multipart.max-request-size before any controller runs and
        // forwards to /error with 413; that page must say why rather than "try again later"
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/models/upload")
            .with(ModelDeployThroughThePageTest.admin())
            .accept(MediaType.TEXT_HTML)
            .header("Accept-Language", "zh-CN"))
            .andExpect(status().isPayloadTooLarge())
            .andExpect(content().string(containsString("上传的文件太大")));
    }

    @Test
    void refusesATextFile() throws Exception {
        upload("notes.txt", "just some notes", containsString("Not a model file"));
    }

    @Test
    void refusesAFormTasklistCannotShow() throws Exception {
        String form = ModelFixtures.release(ModelKind.FORM, "survey").replace("\"schemaVersion\": 16",
                "\"schemaVersion\": 19");

        upload("survey.form", form, containsString("Schema version 19 cannot be shown"));
    }

    @Test
    void refusesWhatTheEngineRefusesLocatedByElementAndLine() throws Exception {
        String dangling = ModelFixtures.testProcess().replace("targetRef=\"EndEvent_Done\"",
                "targetRef=\"EndEvent_Nowhere\"");

        editorDeploy(dangling, containsString("SequenceFlow_StartedToDone (line 7)"));
    }

    @Test
    void refusesWithoutAReason() throws Exception {
        mvc.perform(post("/admin/models/deploy").with(ModelDeployThroughThePageTest.admin()).with(csrf())
            .header("Accept-Language", "en")
            .param("kind", "bpmn")
            .param("content", ModelFixtures.testProcess())
            .param("reason", "  "))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Give a reason for the new version.")))
            .andExpect(content().string(containsString("id=\"model-source\"")));
        assertNothingDeployed();
    }

    @Test
    void validateOnlyReportsAndDeploysNothing() throws Exception {
        mvc.perform(post("/admin/models/deploy").with(ModelDeployThroughThePageTest.admin()).with(csrf())
            .header("Accept-Language", "en")
            .param("kind", "bpmn")
            .param("content", ModelFixtures.testProcess().replace("ModelerTestProcess", "ValidateOnlyProcess"))
            .param("validateOnly", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The model is valid; nothing was deployed.")));
        assertNothingDeployed();
    }

    private static String newDecision() throws IOException {
        try (InputStream in = ModelRefusalTest.class.getResourceAsStream("/modeler/new.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void editorDeploy(String content, Matcher<String> message) throws Exception {
        mvc.perform(post("/admin/models/deploy").with(ModelDeployThroughThePageTest.admin()).with(csrf())
            .header("Accept-Language", "en")
            .param("kind", "bpmn")
            .param("content", content)
            .param("reason", "a try"))
            .andExpect(status().isOk())
            .andExpect(view().name(ModelEditorController.VIEW))
            .andExpect(content().string(containsString("class=\"model-problems\"")))
            .andExpect(content().string(message));
        assertNothingDeployed();
    }

    private void upload(String fileName, String content, Matcher<String> message) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", fileName, "application/octet-stream",
                content.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/models/upload").file(file)
            .param("reason", "a try")
            .with(ModelDeployThroughThePageTest.admin())
            .with(csrf())
            .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(view().name(ModelsController.LIST))
            .andExpect(content().string(containsString("class=\"model-problems\"")))
            .andExpect(content().string(message));
        assertNothingDeployed();
    }

    private void assertNothingDeployed() {
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

}
