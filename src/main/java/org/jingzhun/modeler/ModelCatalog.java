package org.jingzhun.modeler;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.jingzhun.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the models page shows: every process, decision and form with its versions, as the engine has them. */
@Service
@Transactional(readOnly = true)
public class ModelCatalog {

    private final EngineModels engine;

    private final DeploymentLog log;

    ModelCatalog(EngineModels engine, DeploymentLog log) {
        this.engine = engine;
        this.log = log;
    }

    public List<ModelSummary> models(ModelKind kind) {
        Map<String, Deployment> deployments = engine.deployments();
        Map<String, Long> running = kind == ModelKind.BPMN ? engine.runningInstances() : Map.of();
        Map<String, Map<String, ModelDeploymentRecord>> records = log.byModel(kind);
        Map<String, List<ResourceDefinition>> byKey = new TreeMap<>();
        engine.definitions(kind).forEach(d -> byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d));
        List<ModelSummary> models = new ArrayList<>();
        byKey.forEach((key, definitions) -> {
            List<ModelVersion> versions = versions(kind, definitions, records.getOrDefault(key, Map.of()),
                    deployments, running);
            Long total = kind == ModelKind.BPMN
                    ? versions.stream().mapToLong(ModelVersion::runningInstances).sum() : null;
            models.add(new ModelSummary(versions.get(0), versions.size(), total));
        });
        return models;
    }

    /** The model's versions, newest first; 404 when there is no such model. */
    public List<ModelVersion> versions(ModelKind kind, String key) {
        List<ResourceDefinition> definitions = engine.definitions(kind, key);
        if (definitions.isEmpty()) {
            throw new NotFoundException("model " + kind + " " + key);
        }
        return versions(kind, definitions, log.byDeployment(kind, key), engine.deployments(),
                kind == ModelKind.BPMN ? engine.runningInstances() : Map.of());
    }

    /** Running process instances per process definition id (every version of every process). */
    public Map<String, Long> runningInstances() {
        return engine.runningInstances();
    }

    public ModelFile file(ModelKind kind, String key, int version) {
        ResourceDefinition definition = definition(kind, key, version)
            .orElseThrow(() -> new NotFoundException("model " + key + " v" + version));
        return new ModelFile(kind.fileName(key), kind.contentType(), engine.content(definition));
    }

    /** The latest version's number, 0 when the model has none yet. */
    public int latestVersion(ModelKind kind, String key) {
        return engine.latest(kind, key).map(ResourceDefinition::getVersion).orElse(0);
    }

    /** The latest version's text, for the editor. */
    public String latestSource(ModelKind kind, String key) {
        ResourceDefinition latest = engine.latest(kind, key).orElseThrow(() -> new NotFoundException("model " + key));
        return new String(engine.content(latest), StandardCharsets.UTF_8);
    }

    Optional<ResourceDefinition> definition(ModelKind kind, String key, int version) {
        return engine.definitions(kind, key).stream().filter(d -> d.getVersion() == version).findFirst();
    }

    private List<ModelVersion> versions(ModelKind kind, List<ResourceDefinition> definitions,
            Map<String, ModelDeploymentRecord> records, Map<String, Deployment> deployments,
            Map<String, Long> running) {
        int latest = definitions.stream().mapToInt(ResourceDefinition::getVersion).max().orElse(0);
        return definitions.stream()
            .sorted(Comparator.comparing(ResourceDefinition::getVersion).reversed())
            .map(d -> version(kind, d, records.get(d.getDeploymentId()), deployments.get(d.getDeploymentId()),
                    kind == ModelKind.BPMN ? running.getOrDefault(d.getId(), 0L) : null, d.getVersion() == latest))
            .toList();
    }

    private ModelVersion version(ModelKind kind, ResourceDefinition d, ModelDeploymentRecord record,
            Deployment deployment, Long running, boolean latest) {
        Instant at = record != null ? record.getDeployedAt()
                : deployment == null || deployment.getDeploymentTime() == null ? null
                        : deployment.getDeploymentTime().toInstant();
        // Camunda's form definitions have no name and throw when asked for one
        String name = kind == ModelKind.FORM ? null : d.getName();
        return new ModelVersion(kind, d.getKey(), name, d.getVersion(), d.getId(), d.getDeploymentId(), at,
                record == null ? null : record.getDeployedBy(), record == null ? null : record.getReason(),
                record == null ? null : record.getSource(), record == null ? null : record.getWithModel(), running,
                latest);
    }

}
