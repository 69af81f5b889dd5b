package org.jingzhun.modeler;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.jingzhun.workflow.DeploymentRecorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the record of who deployed each model version, when and why. */
@Service
@Transactional
public class DeploymentLog implements DeploymentRecorder {

    static final String SYSTEM = "system";

    static final String RELEASE = "release";

    private final ModelDeploymentRecordRepository records;

    private final EngineModels engine;

    DeploymentLog(ModelDeploymentRecordRepository records, EngineModels engine) {
        this.records = records;
        this.engine = engine;
    }

    @Override
    public void releaseDeployed(String deploymentId) {
        record(deploymentId, DeploymentSource.STARTUP, SYSTEM, RELEASE, null);
    }

    /**
     * One row per model version the deployment created. Rows of models that only came along with the one the
     * administrator deployed (a process's forms, a form's processes) name that model.
     */
    void record(String deploymentId, DeploymentSource source, String user, String reason, ModelRef main) {
        Instant at = engine.deployedAt(deploymentId);
        for (ResourceDefinition definition : engine.deployedIn(deploymentId)) {
            ModelKind kind = ModelKind.ofResource(definition.getResourceName()).orElseThrow();
            boolean isMain = main == null || main.kind() == kind && main.key().equals(definition.getKey());
            records.save(new ModelDeploymentRecord(deploymentId, definition.getResourceName(), kind,
                    definition.getKey(), definition.getVersion(), definition.getId(), user, at, reason, source,
                    isMain ? null : main.key()));
        }
    }

    /** The records of a model's versions, by engine deployment id. */
    @Transactional(readOnly = true)
    Map<String, ModelDeploymentRecord> byDeployment(ModelKind kind, String key) {
        return records.findByKindAndModelKey(kind, key)
            .stream()
            .collect(Collectors.toMap(ModelDeploymentRecord::getDeploymentId, Function.identity(), (a, b) -> a));
    }

    /** The records of every model of a kind: by model key, then by engine deployment id. */
    @Transactional(readOnly = true)
    Map<String, Map<String, ModelDeploymentRecord>> byModel(ModelKind kind) {
        return records.findByKind(kind)
            .stream()
            .collect(Collectors.groupingBy(ModelDeploymentRecord::getModelKey, Collectors.toMap(
                    ModelDeploymentRecord::getDeploymentId, Function.identity(), (a, b) -> a)));
    }

}
