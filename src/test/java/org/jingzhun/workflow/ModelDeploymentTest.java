package org.jingzhun.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ModelDeploymentTest {

    /** Attributes whose expressions start with a bean: delegates, listeners, groups, assignees, dates, timers. */
    static final Pattern BEAN_EXPRESSION = Pattern.compile(
            "(?:delegateExpression|candidateGroups|assignee|dueDate|collection|expression)=\"[$#]\\{\\s*([a-zA-Z_]\\w*)"
                    + "|<bpmn:time(?:Duration|Date|Cycle)[^>]*>\\s*[$#]\\{\\s*([a-zA-Z_]\\w*)");

    static final Set<String> ENGINE_NAMES = Set.of("execution", "task");

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ApplicationContext context;

    @Autowired
    DeploymentRecorder recorder;

    @Test
    void deploysEveryModelAndFormInOneDeploymentUnderStableNames() throws IOException {
        Deployment deployment = repositoryService.createDeploymentQuery()
            .deploymentName(ModelDeployer.DEPLOYMENT_NAME)
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0);
        List<String> names = repositoryService.getDeploymentResourceNames(deployment.getId());
        Set<String> expected = new TreeSet<>();
        for (Path file : ModelLintTest.files(Path.of("bpmn"), "")) {
            if (Files.isRegularFile(file)) {
                expected.add(file.toString().replace('\\', '/'));
            }
        }
        ModelLintTest.files(Path.of("forms"), ".form").forEach(f -> expected.add(f.toString().replace('\\', '/')));
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
            .isEqualTo(ModelLintTest.files(Path.of("bpmn"), ".bpmn").size());
        assertThat(repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId()).count())
            .isEqualTo(ModelLintTest.files(Path.of("bpmn"), ".dmn").size());
        assertThat(names).noneMatch(name -> name.contains("test"));
    }

    @Test
    void everyExpressionInTheModelsNamesAnExistingBean() throws IOException {
        Set<String> roots = new TreeSet<>();
        for (Path file : ModelLintTest.files(Path.of("bpmn"), ".bpmn")) {
            Matcher matcher = BEAN_EXPRESSION.matcher(Files.readString(file));
            while (matcher.find()) {
                roots.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        roots.removeAll(ENGINE_NAMES);
        assertThat(roots).contains("policy", "candidates", "taskOverdue", "stages");
        assertThat(roots).allSatisfy(bean -> assertThat(context.containsBean(bean)).as("bean %s", bean).isTrue());
    }

    @Test
    void redeployingUnchangedModelsMakesNoNewVersion() {
        long before = repositoryService.createProcessDefinitionQuery().count();
        new ModelDeployer(repositoryService, recorder);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(before);
    }

}
