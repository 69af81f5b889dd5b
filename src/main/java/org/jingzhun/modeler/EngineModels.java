package org.jingzhun.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.stereotype.Component;

/**
 * The engine's view of the models: every deployed definition of a kind, its bytes, its deployment. Camunda has no
 * public query for form definitions, so those are read with the engine's own statement inside a command.
 */
@Component
class EngineModels {

    private final RepositoryService repositoryService;

    private final ManagementService managementService;

    private final ProcessEngineConfigurationImpl configuration;

    EngineModels(ProcessEngine engine) {
        this.repositoryService = engine.getRepositoryService();
        this.managementService = engine.getManagementService();
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Every version of every model of the kind, by key then version. */
    List<ResourceDefinition> definitions(ModelKind kind) {
        List<? extends ResourceDefinition> all = switch (kind) {
            case BPMN -> repositoryService.createProcessDefinitionQuery().list();
            case DMN -> repositoryService.createDecisionDefinitionQuery().list();
            case FORM -> formDefinitions();
        };
        return all.stream()
            .filter(d -> ModelKind.ofResource(d.getResourceName()).orElse(null) == kind)
            .sorted(Comparator.comparing(ResourceDefinition::getKey).thenComparing(ResourceDefinition::getVersion))
            .map(ResourceDefinition.class::cast)
            .toList();
    }

    List<ResourceDefinition> definitions(ModelKind kind, String key) {
        return definitions(kind).stream().filter(d -> d.getKey().equals(key)).toList();
    }

    Optional<ResourceDefinition> latest(ModelKind kind, String key) {
        List<ResourceDefinition> versions = definitions(kind, key);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The latest version of every model of the kind, by key. */
    Map<String, ResourceDefinition> latest(ModelKind kind) {
        return definitions(kind).stream()
            .collect(Collectors.toMap(ResourceDefinition::getKey, Function.identity(),
                    (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
    }

    byte[] content(ResourceDefinition definition) {
        try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Deployment> deployments() {
        return repositoryService.createDeploymentQuery()
            .list()
            .stream()
            .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    }

    /** Running process instances per process definition id, all definitions in one statistics query. */
    Map<String, Long> runningInstances() {
        return managementService.createProcessDefinitionStatisticsQuery()
            .list()
            .stream()
            .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, s -> (long) s.getInstances()));
    }

    /** The definitions a deployment created: its processes, decisions and forms. */
    List<ResourceDefinition> deployedIn(String deploymentId) {
        List<ResourceDefinition> all = new ArrayList<>();
        all.addAll(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).list());
        all.addAll(repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId).list());
        all.addAll(configuration.getCommandExecutorTxRequired()
            .execute(context -> context.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deploymentId)));
        return all.stream().filter(d -> ModelKind.ofResource(d.getResourceName()).isPresent()).toList();
    }

    Instant deployedAt(String deploymentId) {
        return repositoryService.createDeploymentQuery()
            .deploymentId(deploymentId)
            .singleResult()
            .getDeploymentTime()
            .toInstant();
    }

    @SuppressWarnings("unchecked")
    private List<ResourceDefinition> formDefinitions() {
        return configuration.getCommandExecutorTxRequired()
            .execute(context -> (List<ResourceDefinition>) (List<?>) context.getDbEntityManager()
                .selectList("selectAllCamundaFormDefinitions"));
    }

}
