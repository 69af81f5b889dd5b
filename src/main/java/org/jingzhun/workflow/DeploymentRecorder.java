package org.jingzhun.workflow;

/**
 * Told when the release's models were deployed anew at start-up, so the models page can say who deployed each
 * version and why (implemented by the modeler, which owns that record).
 */
public interface DeploymentRecorder {

    void releaseDeployed(String deploymentId);

}
