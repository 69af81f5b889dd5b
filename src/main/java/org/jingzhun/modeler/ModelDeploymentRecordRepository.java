package org.jingzhun.modeler;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelDeploymentRecordRepository extends JpaRepository<ModelDeploymentRecord, Long> {

    List<ModelDeploymentRecord> findByKindAndModelKey(ModelKind kind, String modelKey);

    List<ModelDeploymentRecord> findByKind(ModelKind kind);

}
