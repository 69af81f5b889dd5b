package org.jingzhun.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ModelsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ModelCatalog catalog;

    @Test
    void listsEveryProcessDecisionAndFormWithItsVersions() throws Exception {
        mvc.perform(get("/admin/models").with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"model-bpmn-IdentificationProcess\"")))
            .andExpect(content().string(containsString("id=\"model-dmn-ExitEligibility\"")))
            .andExpect(content().string(containsString("id=\"model-form-survey\"")))
            .andExpect(content().string(containsString("href=\"/admin/models/bpmn/IdentificationProcess/edit\"")))
            .andExpect(content().string(containsString("href=\"/admin/models/form/new\"")))
            .andExpect(content().string(containsString("Running instances")));
    }

    @Test
    void releaseVersionsShowTheSystemAsDeployerAndTheReleaseAsReason() throws Exception {
        List<ModelVersion> versions = catalog.versions(ModelKind.DMN, "ReturnRisk");
        ModelVersion first = versions.get(versions.size() - 1);

        assertThat(first.deployedBy()).isEqualTo("system");
        assertThat(first.reason()).isEqualTo("release");
        assertThat(first.source()).isEqualTo(DeploymentSource.STARTUP);
        mvc.perform(get("/admin/models/dmn/ReturnRisk").with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("release (start-up)")))
            .andExpect(content().string(containsString(">system<")));
    }

    @Test
    void processVersionsShowTheirRunningInstances() throws Exception {
        List<ModelVersion> versions = catalog.versions(ModelKind.BPMN, "HouseholdLifecycleProcess");

        assertThat(versions).allSatisfy(v -> assertThat(v.runningInstances()).isNotNull());
        mvc.perform(get("/admin/models/bpmn/HouseholdLifecycleProcess").with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<td data-label=\"Running instances\" class=\"running\">"
                    + versions.get(0).runningInstances() + "</td>")));
    }

    @Test
    void editorPageKeepsTheContractTheEditorBundleBuildsOn() throws Exception {
        mvc.perform(get("/admin/models/bpmn/IdentificationProcess/edit").with(admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<div id=\"model-editor\" data-kind=\"bpmn\"></div>")))
            .andExpect(content().string(containsString("<div id=\"model-properties\"></div>")))
            .andExpect(content().string(containsString(
                    "<form id=\"model-deploy\" method=\"post\" action=\"/admin/models/deploy\"")))
            .andExpect(content().string(containsString("name=\"_csrf\"")))
            .andExpect(content().string(containsString("<input type=\"hidden\" name=\"kind\" value=\"bpmn\">")))
            .andExpect(content().string(containsString(
                    "<input type=\"hidden\" name=\"key\" value=\"IdentificationProcess\">")))
            .andExpect(content().string(containsString("<textarea id=\"model-source\" name=\"content\" hidden")))
            .andExpect(content().string(containsString("&lt;bpmn:process id=")))
            .andExpect(content().string(containsString("id=\"model-deploy-button\"")))
            .andExpect(content().string(containsString(
                    "name=\"validateOnly\" value=\"true\" id=\"model-validate-button\"")))
            .andExpect(content().string(containsString("<link rel=\"stylesheet\" href=\"/vendor/model-editor.css\">")))
            .andExpect(content().string(containsString("<script src=\"/vendor/model-editor.js\" defer")));
    }

    @Test
    void editorForAFormHasNoPropertiesPanelAndANewModelHasNoKey() throws Exception {
        mvc.perform(get("/admin/models/form/new").with(admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<div id=\"model-editor\" data-kind=\"form\"></div>")))
            .andExpect(content().string(not(containsString("id=\"model-properties\""))))
            .andExpect(content().string(containsString("<input type=\"hidden\" name=\"key\" value=\"\">")))
            .andExpect(content().string(containsString("schemaVersion")));
    }

    @Test
    void uploadDeploysAFileMadeInCamundaModelerAndRollbackRedeploysAnEarlierVersion() throws Exception {
        String v1 = ModelFixtures.testProcess();
        mvc.perform(multipart("/admin/models/upload")
            .file(new MockMultipartFile("file", "ModelerTestProcess.bpmn", "application/xml",
                    v1.getBytes(StandardCharsets.UTF_8)))
            .param("reason", "first upload")
            .with(admin())
            .with(csrf()))
            .andExpect(redirectedUrl("/admin/models/bpmn/ModelerTestProcess"));
        int before = catalog.versions(ModelKind.BPMN, ModelFixtures.TEST_PROCESS).get(0).version();
        String v2 = v1.replace("name=\"Done\"", "name=\"Finished\"");
        mvc.perform(post("/admin/models/deploy").with(admin()).with(csrf())
            .param("kind", "bpmn")
            .param("key", ModelFixtures.TEST_PROCESS)
            .param("content", v2)
            .param("reason", "end renamed"))
            .andExpect(redirectedUrl("/admin/models/bpmn/ModelerTestProcess"));

        mvc.perform(post("/admin/models/bpmn/ModelerTestProcess/versions/" + before + "/rollback").with(admin())
            .with(csrf())
            .header("Accept-Language", "en")
            .param("reason", "the old name was right"))
            .andExpect(redirectedUrl("/admin/models/bpmn/ModelerTestProcess"))
            .andExpect(flash().attribute("message", "ModelerTestProcess: version " + before
                    + " deployed again as version " + (before + 2) + "."));

        ModelVersion latest = catalog.versions(ModelKind.BPMN, ModelFixtures.TEST_PROCESS).get(0);
        assertThat(latest.version()).isEqualTo(before + 2);
        assertThat(latest.reason()).isEqualTo("rollback to v" + before + ": the old name was right");
        assertThat(latest.source()).isEqualTo(DeploymentSource.ROLLBACK);
        assertThat(latest.deployedBy()).isEqualTo("admin");
        mvc.perform(get("/admin/models/bpmn/ModelerTestProcess/versions/" + latest.version()).with(admin()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("ModelerTestProcess.bpmn")))
            .andExpect(header().string("Content-Type", containsString("application/xml")))
            .andExpect(content().bytes(v1.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/admin/models/bpmn/ModelerTestProcess/versions/" + (before + 1)).with(admin()))
            .andExpect(content().bytes(v2.getBytes(StandardCharsets.UTF_8)));

        mvc.perform(post("/admin/models/bpmn/ModelerTestProcess/versions/" + (before + 1) + "/rollback").with(admin())
            .with(csrf())
            .header("Accept-Language", "zh-CN")
            .param("reason", "新名称更好"))
            .andExpect(redirectedUrl("/admin/models/bpmn/ModelerTestProcess"));
        assertThat(catalog.versions(ModelKind.BPMN, ModelFixtures.TEST_PROCESS).get(0).reason())
            .as("recorded in the administrator's language").isEqualTo("回退到 v" + (before + 1) + "：新名称更好");
    }

    @Test
    void editorOpenedBeforeAnotherDeploymentIsRefusedOnceThenReplacesItOnPurpose() throws Exception {
        String v1 = ModelFixtures.testProcess();
        String mark = String.valueOf(System.nanoTime());
        editorDeploy(v1.replace("name=\"Done\"", "name=\"Base " + mark + "\""), null)
            .andExpect(redirectedUrl("/admin/models/bpmn/ModelerTestProcess"));
        int opened = catalog.latestVersion(ModelKind.BPMN, ModelFixtures.TEST_PROCESS);
        mvc.perform(get("/admin/models/bpmn/ModelerTestProcess/edit").with(admin()))
            .andExpect(content().string(containsString("name=\"baseVersion\" value=\"" + opened + "\"")));
        // another administrator deploys from the same version
        editorDeploy(v1.replace("name=\"Done\"", "name=\"Theirs " + mark + "\""), opened)
            .andExpect(redirectedUrl("/admin/models/bpmn/ModelerTestProcess"));

        String mine = v1.replace("name=\"Done\"", "name=\"Mine " + mark + "\"");
        editorDeploy(mine, opened).andExpect(status().isOk())
            .andExpect(content().string(containsString("Version " + (opened + 1) + " was deployed after you opened "
                    + "version " + opened)))
            .andExpect(content().string(containsString("name=\"baseVersion\" value=\"" + (opened + 1) + "\"")))
            .andExpect(content().string(containsString("Mine " + mark)));
        assertThat(catalog.latestVersion(ModelKind.BPMN, ModelFixtures.TEST_PROCESS)).isEqualTo(opened + 1);

        editorDeploy(mine, opened + 1).andExpect(redirectedUrl("/admin/models/bpmn/ModelerTestProcess"));
        assertThat(catalog.latestVersion(ModelKind.BPMN, ModelFixtures.TEST_PROCESS)).isEqualTo(opened + 2);
    }

    private ResultActions editorDeploy(String content, Integer baseVersion)
            throws Exception {
        var request = post("/admin/models/deploy").with(admin())
            .with(csrf())
            .header("Accept-Language", "en")
            .param("kind", "bpmn")
            .param("key", ModelFixtures.TEST_PROCESS)
            .param("content", content)
            .param("reason", "a change");
        return mvc.perform(baseVersion == null ? request : request.param("baseVersion", baseVersion.toString()));
    }

    @Test
    void rollbackWithoutAReasonIsRefused() throws Exception {
        mvc.perform(post("/admin/models/dmn/ReturnRisk/versions/1/rollback").with(admin()).with(csrf())
            .header("Accept-Language", "en")
            .param("reason", ""))
            .andExpect(redirectedUrl("/admin/models/dmn/ReturnRisk"))
            .andExpect(flash().attribute("problems", List.of("Give a reason for the new version.")));
    }

    @Test
    void unknownModelIsNotFound() throws Exception {
        mvc.perform(get("/admin/models/bpmn/NoSuchProcess").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/models/svg/IdentificationProcess").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/models/bpmn/IdentificationProcess/versions/999").with(admin()))
            .andExpect(status().isNotFound());
    }

    @Test
    void modelsPageWhenCadreThenForbidden() throws Exception {
        mvc.perform(get("/admin/models").with(WebUsers.cadre())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/models/bpmn/IdentificationProcess/edit").with(WebUsers.county()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/models/deploy").with(WebUsers.cadre()).with(csrf())
            .param("kind", "bpmn")
            .param("content", "x")
            .param("reason", "x")).andExpect(status().isForbidden());
    }

    @Test
    void modelsPageWhenAnonymousThenLogin() throws Exception {
        mvc.perform(get("/admin/models")).andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("**/login"));
    }

    static RequestPostProcessor admin() {
        return ModelDeployThroughThePageTest.admin();
    }

}
