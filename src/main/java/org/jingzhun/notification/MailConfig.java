package org.jingzhun.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Mail settings, and scheduling for the outbox dispatcher ({@link MailDispatchSchedule}). */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MailDelivery.class)
class MailConfig {
}
