package org.jingzhun;

import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Configuration for the domain's JPA tests: our tables and services without the engine or security.
 * Deliberately not a {@code @SpringBootApplication}: a second {@code @SpringBootConfiguration} in
 * {@code org.jingzhun} would make every test that looks up the real application class fail as ambiguous.
 * {@link EnableAutoConfiguration} still registers {@code org.jingzhun} for entity and repository scanning.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = {CamundaBpmAutoConfiguration.class, CamundaBpmRestJerseyAutoConfiguration.class,
        CamundaBpmWebappAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
public class TestJpaApplication {
}
