package org.jingzhun.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, for tests that go through HTTP to what MockMvc does not reach:
 * {@code /engine-rest}, the Camunda webapps, a real browser. One shared context for all such tests; see
 * {@link ServedEngine} for why each test re-registers its engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(ServedEngine.class)
public @interface ServerTest {
}
