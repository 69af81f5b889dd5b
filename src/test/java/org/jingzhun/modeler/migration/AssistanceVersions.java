package org.jingzhun.modeler.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.io.ClassPathResource;

/**
 * Version 2 of the assistance process for migration tests ("Task_RecordIncome" renamed, "Task_ConfirmIncome" added),
 * deployed under the release's resource name with the forms its tasks bind to — and the release deployed again
 * afterwards, so that the latest version the rest of the suite starts is the release once more.
 */
final class AssistanceVersions {

    static final String KEY = "AssistanceProcess";

    static final String RESOURCE = "bpmn/AssistanceProcess.bpmn";

    private static final List<String> FORMS = List.of("income-record", "follow-up-visit", "measure-delivery",
            "measure-plan", "plan-approval");

    private AssistanceVersions() {
    }

    static ProcessDefinition deployVersion2(RepositoryService repositoryService) {
        return deploy(repositoryService, "migration-test-v2", "migration/AssistanceProcess-v2.bpmn");
    }

    static ProcessDefinition restoreRelease(RepositoryService repositoryService) {
        return deploy(repositoryService, "migration-test-restore", RESOURCE);
    }

    private static ProcessDefinition deploy(RepositoryService repositoryService, String name, String bpmn) {
        DeploymentBuilder builder = repositoryService.createDeployment().name(name);
        builder.addInputStream(RESOURCE, read(bpmn));
        FORMS.forEach(form -> builder.addInputStream("forms/" + form + ".form", read("forms/" + form + ".form")));
        return builder.deployWithResult().getDeployedProcessDefinitions().get(0);
    }

    private static InputStream read(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
