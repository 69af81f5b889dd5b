package org.jingzhun.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared application context ({@link IntegrationTest}, on a random port) for tests that go through HTTP to what
 * MockMvc does not reach: {@code /engine-rest}, the Camunda webapps, a real browser. See {@link ServedEngine} for
 * why each test re-registers its engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(ServedEngine.class)
public @interface ServerTest {
}
