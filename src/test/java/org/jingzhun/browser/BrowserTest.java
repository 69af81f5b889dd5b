package org.jingzhun.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jingzhun.support.ServerTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey in a real browser: the whole application on a random port ({@link ServerTest}, the same context as the
 * other served tests) and a fresh headless Chromium per test, handed to the test method as a {@link Browser}
 * parameter. Screenshots go to {@code target/screenshots/<class>/<method>/}, one more when the test fails. Skipped,
 * with a message, on a machine without {@code /usr/bin/chromium}; {@code .ci/run} installs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerTest
@ExtendWith(Chromium.class)
public @interface BrowserTest {
}
