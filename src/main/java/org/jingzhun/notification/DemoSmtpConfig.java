package org.jingzhun.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The demo run without an SMTP server ({@code spring.mail.host} empty): an SMTP server inside the application on
 * {@code 127.0.0.1:jingzhun.mail.demo-smtp-port}, and the mail sender pointed at it (Spring Boot's own sender backs
 * off). Administrators read what it received at /admin/mailbox. With {@code spring.mail.host} set, the demo sends
 * through that server like production does.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@Conditional(DemoSmtpConfig.NoSmtpHost.class)
class DemoSmtpConfig {

    private static final Logger log = LoggerFactory.getLogger(DemoSmtpConfig.class);

    @Bean(destroyMethod = "stop")
    DemoSmtpServer demoSmtpServer(MailDelivery settings) {
        DemoSmtpServer server = new DemoSmtpServer(settings.demoSmtpPort());
        server.start();
        log.info("Demo SMTP server on {}:{}; administrators read its mail at /admin/mailbox", DemoSmtpServer.HOST,
                server.port());
        return server;
    }

    @Bean
    JavaMailSenderImpl demoMailSender(DemoSmtpServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(DemoSmtpServer.HOST);
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    static class NoSmtpHost implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }

}
