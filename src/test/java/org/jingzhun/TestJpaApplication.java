package org.jingzhun;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Configuration for the domain's JPA slice: entities and repositories under org.jingzhun, without the engine or
 * security. A test configuration, so the application's component scan never picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class TestJpaApplication {
}
