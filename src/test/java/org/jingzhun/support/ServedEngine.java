package org.jingzhun.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda's REST API and webapps find "the default engine" in a static registry, where the engine of the context
 * started last is. The test JVM keeps two contexts (MockMvc and random port), each with an engine named "default",
 * so before each served test this puts the served context's engine back there.
 */
public class ServedEngine implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngines.registerProcessEngine(
                SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }

}
