package org.jingzhun.modeler;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One model version an engine deployment created, with who deployed it, when and why. */
@Entity
@Table(name = "model_deployment")
class ModelDeploymentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;

    @Column(name = "resource_name", nullable = false)
    private String resourceName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModelKind kind;

    @Column(name = "model_key", nullable = false)
    private String modelKey;

    @Column(nullable = false)
    private int version;

    @Column(name = "definition_id", nullable = false)
    private String definitionId;

    @Column(name = "deployed_by", nullable = false)
    private String deployedBy;

    @Column(name = "deployed_at", nullable = false)
    private Instant deployedAt;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeploymentSource source;

    @Column(name = "with_model")
    private String withModel;

    protected ModelDeploymentRecord() {
    }

    ModelDeploymentRecord(String deploymentId, String resourceName, ModelKind kind, String modelKey, int version,
            String definitionId, String deployedBy, Instant deployedAt, String reason, DeploymentSource source,
            String withModel) {
        this.deploymentId = deploymentId;
        this.resourceName = resourceName;
        this.kind = kind;
        this.modelKey = modelKey;
        this.version = version;
        this.definitionId = definitionId;
        this.deployedBy = deployedBy;
        this.deployedAt = deployedAt;
        this.reason = reason;
        this.source = source;
        this.withModel = withModel;
    }

    String getDeploymentId() {
        return deploymentId;
    }

    ModelKind getKind() {
        return kind;
    }

    String getModelKey() {
        return modelKey;
    }

    int getVersion() {
        return version;
    }

    String getDeployedBy() {
        return deployedBy;
    }

    Instant getDeployedAt() {
        return deployedAt;
    }

    String getReason() {
        return reason;
    }

    DeploymentSource getSource() {
        return source;
    }

    String getWithModel() {
        return withModel;
    }

}
