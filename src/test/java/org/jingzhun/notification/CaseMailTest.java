package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.notification.MailFixture.BASE_URL;
import static org.jingzhun.notification.MailFixture.CADRE;
import static org.jingzhun.notification.MailFixture.CADRE_2;
import static org.jingzhun.notification.MailFixture.VILLAGE;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.monitoring.HardshipReport;
import org.jingzhun.monitoring.HardshipService;
import org.jingzhun.monitoring.HardshipType;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Exit decisions and hardship reports, told to the household's responsible cadre with the reason. */
@IntegrationTest
class CaseMailTest {

    static final Instant NOW = Instant.parse("2025-07-21T02:00:00Z");

    @Autowired
    MailFixture fixture;

    @Autowired
    WorkflowService workflow;

    @Autowired
    HouseholdService households;

    @Autowired
    HardshipService hardships;

    @BeforeEach
    void prepare() {
        fixture.prepare(NOW);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    @ParameterizedTest
    @EnumSource(MailLanguage.class)
    void countyApprovesTheExitThenTheResponsibleCadreIsToldWhoDecidedAndWhy(MailLanguage language) {
        fixture.language(CADRE, language);
        Long id = fixture.household(VILLAGE, true);
        Household household = households.get(id);
        ProcessInstance instance = fixture.startBefore("ExitVerificationProcess", id, "Task_ApproveExit");

        workflow.complete(fixture.task(instance, "Task_ApproveExit").getId(),
                ProcessSteps.approve("各项指标均达标，同意退出"), "county");

        assertThat(fixture.mails("exit:" + instance.getId() + ":")).singleElement().satisfies(mail -> {
            fixture.keepSample(mail);
            assertThat(mail.kind()).isEqualTo("EXIT_APPROVED");
            assertThat(mail.recipientUser()).isEqualTo(CADRE);
            assertThat(mail.locale()).isEqualTo(language.tag());
            assertThat(mail.subject()).isEqualTo(language == MailLanguage.EN
                    ? "Exit approved: " + household.getHeadName() + " (" + household.getHouseholdNumber() + ")"
                    : "脱贫退出已批准：" + household.getHeadName() + "户（" + household.getHouseholdNumber() + "）");
            assertThat(mail.textBody()).contains(language == MailLanguage.EN ? "Decided by: county 演示"
                    : "决定人：county 演示", "各项指标均达标，同意退出", BASE_URL + "/households/" + id);
            assertThat(mail.htmlBody()).contains("href=\"" + BASE_URL + "/households/" + id + "\"",
                    "各项指标均达标，同意退出");
        });
    }

    @ParameterizedTest
    @EnumSource(MailLanguage.class)
    void countyRejectsTheExitThenTheResponsibleCadreGetsTheReason(MailLanguage language) {
        fixture.language(CADRE, language);
        Long id = fixture.household(VILLAGE, true);
        ProcessInstance instance = fixture.startBefore("ExitVerificationProcess", id, "Task_ApproveExit");

        workflow.complete(fixture.task(instance, "Task_ApproveExit").getId(),
                ProcessSteps.reject("务工收入不稳定，<暂缓>退出"), "county");

        assertThat(fixture.mails("exit:" + instance.getId() + ":")).singleElement().satisfies(mail -> {
            fixture.keepSample(mail);
            assertThat(mail.kind()).isEqualTo("EXIT_REJECTED");
            assertThat(mail.recipientUser()).isEqualTo(CADRE);
            assertThat(mail.subject()).startsWith(language == MailLanguage.EN ? "Exit not approved: " : "脱贫退出未通过：");
            assertThat(mail.textBody()).contains(language == MailLanguage.EN ? "Reason: 务工收入不稳定，<暂缓>退出"
                    : "理由：务工收入不稳定，<暂缓>退出");
            assertThat(mail.htmlBody()).contains("务工收入不稳定，&lt;暂缓&gt;退出").doesNotContain("<暂缓>");
        });
    }

    @Test
    void exitRuleRefusesAHouseholdWithoutResponsibleCadreThenTheVillageCadresAreToldTheIndicator() {
        fixture.language(CADRE_2, MailLanguage.EN);
        Long id = fixture.household(VILLAGE, false);
        households.register(id, "county");

        ProcessInstance instance = fixture.start("ExitVerificationProcess", id);

        List<MailRow> mails = fixture.mails("exit:" + instance.getId() + ":");
        assertThat(mails).extracting(MailRow::recipientUser).containsExactlyInAnyOrder(CADRE, CADRE_2);
        assertThat(mails).filteredOn(mail -> mail.recipientUser().equals(CADRE)).singleElement()
            .satisfies(mail -> assertThat(mail.textBody()).contains("决定人：退出规则",
                    "理由：未满足退出条件：人均纯收入未超过贫困线"));
        assertThat(mails).filteredOn(mail -> mail.recipientUser().equals(CADRE_2)).singleElement()
            .satisfies(mail -> assertThat(mail.textBody()).contains("Decided by: The exit rule",
                    "Exit condition not met: per-capita income not above the poverty line"));
    }

    @ParameterizedTest
    @EnumSource(MailLanguage.class)
    void hardshipReportedThenTheResponsibleCadreIsToldWhatAndByWhom(MailLanguage language) {
        fixture.language(CADRE, language);
        Long id = fixture.household(VILLAGE, true);
        households.recordExit(id, new Today().date(), 5, "county");
        Household household = households.get(id);

        HardshipReport report = hardships.report(id, HardshipType.ILLNESS, "户主突发脑梗住院，医疗支出约三万元", CADRE_2);

        assertThat(fixture.mails("hardship:" + report.getId() + ":")).singleElement().satisfies(mail -> {
            fixture.keepSample(mail);
            assertThat(mail.kind()).isEqualTo("HARDSHIP_REPORTED");
            assertThat(mail.recipientUser()).isEqualTo(CADRE);
            assertThat(mail.subject()).isEqualTo(language == MailLanguage.EN
                    ? "Hardship reported: " + household.getHeadName() + " (" + household.getHouseholdNumber() + ")"
                    : "困难情况报告：" + household.getHeadName() + "户（" + household.getHouseholdNumber() + "）");
            assertThat(mail.textBody()).contains(language == MailLanguage.EN ? "Kind of hardship: Illness"
                    : "困难类型：疾病", "户主突发脑梗住院，医疗支出约三万元",
                    language == MailLanguage.EN ? "mail-cadre2 测试 (mail-cadre2)" : "mail-cadre2 测试（账号 mail-cadre2）",
                    BASE_URL + "/households/" + id);
            assertThat(mail.htmlBody()).contains("href=\"" + BASE_URL + "/households/" + id + "\"");
        });
    }

}
