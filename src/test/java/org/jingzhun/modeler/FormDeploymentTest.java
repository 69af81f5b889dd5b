package org.jingzhun.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A form edit reaches new tasks: tasks find their form in their process's deployment, so the form is deployed
 * together with the latest versions of the processes whose tasks use it — and only those.
 */
@IntegrationTest
class FormDeploymentTest {

    static final String FORM = "objection-review";

    @Autowired
    MockMvc mvc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ModelDeployments deployments;

    @Autowired
    ModelCatalog catalog;

    @AfterEach
    void restoreTheRelease() {
        ModelFixtures.restoreRelease(deployments, ModelKind.FORM, FORM);
    }

    @Test
    void editedFormIsDeployedWithTheProcessesUsingItAndNoOthers() throws Exception {
        ProcessDefinition noticeBefore = latest("PublicNoticeProcess");
        ProcessDefinition identificationBefore = latest("IdentificationProcess");
        String edited = ModelFixtures.release(ModelKind.FORM, FORM).replace("异议处理结论", "异议处理结论（复核）");

        mvc.perform(post("/admin/models/deploy").with(ModelDeployThroughThePageTest.admin()).with(csrf())
            .param("kind", "form")
            .param("key", FORM)
            .param("content", edited)
            .param("reason", "clearer label"))
            .andExpect(redirectedUrl("/admin/models/form/" + FORM));

        ProcessDefinition noticeAfter = latest("PublicNoticeProcess");
        assertThat(noticeAfter.getVersion()).isEqualTo(noticeBefore.getVersion() + 1);
        assertThat(latest("IdentificationProcess").getId()).isEqualTo(identificationBefore.getId());
        assertThat(repositoryService.getDeploymentResourceNames(noticeAfter.getDeploymentId()))
            .containsExactlyInAnyOrder("forms/objection-review.form", "bpmn/PublicNoticeProcess.bpmn");
        assertThat(form(noticeAfter.getDeploymentId())).isEqualTo(edited);
        assertThat(form(noticeBefore.getDeploymentId())).isEqualTo(ModelFixtures.release(ModelKind.FORM, FORM));
        ModelVersion process = catalog.versions(ModelKind.BPMN, "PublicNoticeProcess").get(0);
        assertThat(process.withModel()).isEqualTo(FORM);
        assertThat(process.reason()).isEqualTo("clearer label");
    }

    private String form(String deploymentId) throws IOException {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, "forms/" + FORM + ".form")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
            .singleResult();
    }

}
