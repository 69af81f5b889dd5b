package org.jingzhun.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server in the test JVM, on the port the test profile points {@code spring.mail.*} at
 * (application-test.yaml): a fixed port rather than a dynamic one, because a property per test class would build a
 * second application context. A fresh, empty server for each test method.
 */
final class TestSmtp {

    static final int PORT = 3125;

    private TestSmtp() {
    }

    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

}
