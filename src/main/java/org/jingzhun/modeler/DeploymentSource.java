package org.jingzhun.modeler;

/** How a model version came to be deployed. */
public enum DeploymentSource {
    /** the release's models, deployed when the application started */
    STARTUP,
    /** edited in the browser */
    EDITOR,
    /** a file made in Camunda Modeler */
    UPLOAD,
    /** an earlier version's content, deployed again */
    ROLLBACK
}
