package org.jingzhun.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links for mails, which are read outside the application: {@code jingzhun.base-url} is where users reach
 * it (behind a proxy, its public address).
 */
@Component
public class MailLinks {

    private final String base;

    MailLinks(@Value("${jingzhun.base-url:http://localhost:8080}") String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String task(String taskId) {
        return base + "/tasks/" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
    }

    public String household(Long householdId) {
        return base + "/households/" + householdId;
    }

    /** The inbox's "my groups" tab: the unclaimed work of the reader's groups. */
    public String groupQueue() {
        return base + "/inbox?tab=groups";
    }

    public String settings() {
        return base + "/settings/mail";
    }

}
