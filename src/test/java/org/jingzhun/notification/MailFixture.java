package org.jingzhun.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.support.TestUsers;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Households, users and processes of 胭脂镇 (622922102000), the demo township no other test works in, so that what the
 * mail jobs find there is exactly what a test made. Each group has two members with addresses, to tell "one mail
 * per member" from "one mail". Processes started here are deleted by {@link #cleanUp()}.
 */
@Component
class MailFixture {

    static final String COUNTY = DemoAreas.COUNTY;

    static final String TOWNSHIP = "622922102000";

    static final String VILLAGE = "622922102201";

    static final String OTHER_VILLAGE = "622922102202";

    static final String CADRE = "cadre102201";

    static final String CADRE_2 = "mail-cadre2";

    static final String SUPERVISOR = "township102";

    static final String SUPERVISOR_2 = "mail-township2";

    static final String CADRES = "cadre-" + VILLAGE;

    static final String SUPERVISORS = "township-" + TOWNSHIP;

    static final String COUNTY_GROUP = "county-" + COUNTY;

    static final String BASE_URL = "https://jingzhun.test";

    private final DemoAreas areas;

    private final DemoUsers users;

    private final IdentityService identityService;

    private final HouseholdService households;

    private final RuntimeService runtimeService;

    private final TaskService taskService;

    private final ManagementService managementService;

    private final UserMailSettingsRepository settings;

    private final JdbcTemplate jdbc;

    private final List<String> started = new ArrayList<>();

    MailFixture(DemoAreas areas, DemoUsers users, IdentityService identityService, HouseholdService households,
            RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            UserMailSettingsRepository settings, JdbcTemplate jdbc) {
        this.areas = areas;
        this.users = users;
        this.identityService = identityService;
        this.households = households;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Demo areas and users, the second members, every user's address, all in Chinese; the clock at {@code now}. */
    void prepare(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        areas.ensure();
        users.ensure(TestUsers.PASSWORD);
        member(CADRE_2, CADRES);
        member(SUPERVISOR_2, SUPERVISORS);
        for (String userId : List.of(CADRE, CADRE_2, SUPERVISOR, SUPERVISOR_2, "county")) {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user.getEmail() == null) {
                user.setEmail(userId + "@jingzhun.example");
                identityService.saveUser(user);
            }
            language(userId, MailLanguage.ZH_CN);
        }
    }

    void language(String userId, MailLanguage language) {
        settings.save(settings.findById(userId)
            .map(chosen -> {
                chosen.change(language, chosen.isDigest(), Instant.now());
                return chosen;
            })
            .orElseGet(() -> new UserMailSettings(userId, language, true, Instant.now())));
    }

    void digest(String userId, boolean on) {
        UserMailSettings chosen = settings.findById(userId).orElseThrow();
        chosen.change(chosen.getLanguage(), on, Instant.now());
        settings.save(chosen);
    }

    /** Applied in the village; registered with {@link #CADRE} responsible when asked. */
    Long household(String village, boolean registered) {
        Long id = households.apply(TestHouseholds.application(village), CADRE);
        if (registered) {
            households.register(id, "county");
            households.assignHelper(id, CADRE, ClockUtil.getCurrentTime().toInstant().atZone(Today.ZONE).getYear() + 1);
        }
        return id;
    }

    ProcessInstance startBefore(String processKey, Long householdId, String activityId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.HOUSEHOLD_ID, householdId);
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(processKey)
            .businessKey(householdId.toString())
            .setVariables(variables)
            .startBeforeActivity(activityId)
            .execute();
        started.add(instance.getId());
        return instance;
    }

    ProcessInstance start(String processKey, Long householdId) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, householdId.toString(),
                Map.of(ProcessVariables.HOUSEHOLD_ID, householdId));
        started.add(instance.getId());
        return instance;
    }

    Task task(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    }

    void fire(ProcessInstance instance, String activityId) {
        managementService.executeJob(managementService.createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .singleResult()
            .getId());
    }

    /** Ends what the test started, so the next test's jobs find nothing of it. */
    void cleanUp() {
        for (String id : started) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "test over");
            }
        }
        started.clear();
        ClockUtil.reset();
    }

    /** The mails queued so far whose dedup key starts with the prefix, by recipient. */
    List<MailRow> mails(String dedupPrefix) {
        return jdbc.query("""
                select dedup_key, kind, recipient_user, recipient_address, locale, subject, text_body, html_body
                from mail_outbox where dedup_key like ? order by recipient_user, id""",
                (row, n) -> new MailRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8)),
                dedupPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
    }

    List<MailRow> mailsOfKind(String kind, String recipient) {
        return jdbc.query("""
                select dedup_key, kind, recipient_user, recipient_address, locale, subject, text_body, html_body
                from mail_outbox where kind = ? and recipient_user = ? order by id""",
                (row, n) -> new MailRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8)),
                kind, recipient);
    }

    /** Writes the mail under target/mail-samples/, one text and one HTML file per kind and language, to look at. */
    void keepSample(MailRow mail) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "mail-samples"));
            String name = mail.kind().toLowerCase(Locale.ROOT) + "." + mail.locale();
            Files.writeString(dir.resolve(name + ".txt"), "Subject: " + mail.subject() + "\n\n" + mail.textBody());
            Files.writeString(dir.resolve(name + ".html"), mail.htmlBody());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void member(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("测试");
            user.setEmail(userId + "@jingzhun.example");
            user.setPassword(TestUsers.PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

}
