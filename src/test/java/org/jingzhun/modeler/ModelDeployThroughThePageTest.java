package org.jingzhun.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A process edited and deployed through the page: new households run the new version, running ones keep theirs. */
@IntegrationTest
class ModelDeployThroughThePageTest {

    static final String IDENTIFICATION = "IdentificationProcess";

    @Autowired
    MockMvc mvc;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ModelDeployments deployments;

    @Autowired
    DemoAreas areas;

    @BeforeEach
    void demoCounty() {
        areas.ensure();
    }

    @AfterEach
    void restoreTheRelease() {
        ModelFixtures.restoreRelease(deployments, ModelKind.BPMN, IDENTIFICATION);
    }

    @Test
    void editedProcessDeployedThroughThePageRunsForNewHouseholdsWhileRunningOnesStay() throws Exception {
        Long running = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        ProcessDefinition before = latest();
        assertThat(identificationOf(running).getProcessDefinitionId()).isEqualTo(before.getId());
        String edited = ModelFixtures.release(ModelKind.BPMN, IDENTIFICATION)
            .replace("name=\"入户调查\"", "name=\"入户调查核实\"");

        mvc.perform(post("/admin/models/deploy").with(admin()).with(csrf())
            .header("Accept-Language", "en")
            .param("kind", "bpmn")
            .param("key", IDENTIFICATION)
            .param("content", edited)
            .param("reason", "survey renamed after the county's review"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin/models/bpmn/" + IDENTIFICATION))
            .andExpect(flash().attribute("message",
                    IDENTIFICATION + " deployed as version " + (before.getVersion() + 1) + "."));

        ProcessDefinition after = latest();
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        Long fresh = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
        assertThat(identificationOf(fresh).getProcessDefinitionId()).isEqualTo(after.getId());
        assertThat(identificationOf(running).getProcessDefinitionId()).isEqualTo(before.getId());

        List<String> resources = repositoryService.getDeploymentResourceNames(after.getDeploymentId());
        assertThat(resources).contains("bpmn/IdentificationProcess.bpmn", "forms/survey.form",
                "forms/helper-assignment.form")
            .noneMatch(name -> name.startsWith("bpmn/") && !name.equals("bpmn/IdentificationProcess.bpmn"));

        mvc.perform(get("/admin/models/bpmn/" + IDENTIFICATION).with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("survey renamed after the county&#39;s review")))
            .andExpect(content().string(containsString("id=\"version-" + after.getVersion() + "\"")))
            .andExpect(content().string(containsString(">admin<")));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(after.getId()).count())
            .isEqualTo(1);
    }

    @Test
    void unchangedProcessIsNotDeployedAgain() throws Exception {
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();

        mvc.perform(post("/admin/models/deploy").with(admin()).with(csrf())
            .header("Accept-Language", "en")
            .param("kind", "bpmn")
            .param("key", IDENTIFICATION)
            .param("content", ModelFixtures.release(ModelKind.BPMN, IDENTIFICATION))
            .param("reason", "nothing changed"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("the same as the latest version")));

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    private ProcessInstance identificationOf(Long household) {
        ProcessInstance parent = runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(household.toString())
            .processDefinitionKey(LifecycleService.PROCESS_KEY)
            .singleResult();
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).singleResult();
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery()
            .processDefinitionKey(IDENTIFICATION)
            .latestVersion()
            .singleResult();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return WebUsers.as("admin", AreaGroups.ADMINS);
    }

}
