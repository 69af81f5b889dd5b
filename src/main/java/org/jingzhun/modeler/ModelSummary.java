package org.jingzhun.modeler;

/** A model on the models page: its latest version and how many versions and running instances it has. */
public record ModelSummary(ModelVersion latest, int versions, Long runningInstances) {
}
