package org.jingzhun.modeler;

import java.time.Instant;

/**
 * One deployed version of a model with who deployed it, when and why. Versions deployed before the record existed
 * show the deployment's time and no reason. {@code runningInstances} is null for decisions and forms.
 */
public record ModelVersion(ModelKind kind, String key, String name, int version, String definitionId,
        String deploymentId, Instant deployedAt, String deployedBy, String reason, DeploymentSource source,
        String withModel, Long runningInstances, boolean latest) {

    public String fileName() {
        return kind.fileName(key);
    }

}
