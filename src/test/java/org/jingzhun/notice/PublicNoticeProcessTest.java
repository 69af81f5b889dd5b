package org.jingzhun.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jingzhun.support.ValidationFailures.validationFailure;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.Health;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.MemberForm;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.EscalationLevel;
import org.jingzhun.workflow.TaskEscalation;
import org.jingzhun.workflow.TaskEscalationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PublicNoticeProcessTest {

    static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

    static final String TOWNSHIP = "622922100000";

    static final String COUNTY = "622922000000";

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    TaskService taskService;

    @Autowired
    DemoAreas demoAreas;

    @Autowired
    HouseholdService households;

    @Autowired
    IncomeService incomes;

    @Autowired
    NoticeService notices;

    @Autowired
    SignOffService signOffs;

    @Autowired
    TaskEscalationRepository escalations;

    @Autowired
    ProcessSteps steps;

    HouseholdApplication application;

    Long householdId;

    @BeforeEach
    void newHousehold() {
        AbstractAssertions.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(START));
        demoAreas.ensure();
        application = withSeriouslyIllHead(TestHouseholds.application(DemoAreas.VILLAGE_A));
        householdId = households.apply(application, "cadre");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @CsvSource({ "IDENTIFICATION, 7", "EXIT, 7", "RETURN, 5" })
    void noticeWithoutObjectionPassesWhenItsPolicyPeriodElapses(NoticeKind kind, int days) {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, kind);

        process(process).isWaitingAt("Gateway_WaitForNoticeEvent");
        PublicNotice notice = notices.get(noticeId(process));
        Instant endsAt = START.plus(Duration.ofDays(days));
        assertThat(notice.getHouseholdId()).isEqualTo(householdId);
        assertThat(notice.getLevel()).isEqualTo(NoticeLevel.VILLAGE);
        assertThat(notice.getKind()).isEqualTo(kind);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.OPEN);
        assertThat(notice.getPublishedAt()).isEqualTo(START);
        assertThat(notice.getEndsAt()).isEqualTo(endsAt);
        assertThat(notices.endsAt(notice.getId())).isEqualTo(Date.from(endsAt));
        Job timer = noticeTimer(process);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(endsAt));

        ClockUtil.setCurrentTime(timer.getDuedate());
        steps.execute(timer);

        process(process).hasPassed("Task_CloseNotice", "EndEvent_NoticePassed").isEnded();
        notice = notices.get(notice.getId());
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.PASSED);
        assertThat(notice.getClosedAt()).isEqualTo(endsAt);
        assertThat(variable(process, NoticeVariables.OBJECTION_UPHELD)).isEqualTo(false);
    }

    @Test
    void upheldObjectionWithdrawsTheNoticeAndEndsTheProcess() {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION);
        Long noticeId = noticeId(process);
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(2))));

        Objection objection = notices.raiseObjection(noticeId, "村民王五", "该户有家庭成员在县城经商");

        process(process).isWaitingAt("Task_ReviewObjection");
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_ReviewObjection"))
            .hasCandidateGroup("committee-" + DemoAreas.VILLAGE_A);
        steps.complete(householdId, "Task_ReviewObjection", "committee",
                Map.of("decision", "uphold", "reason", "经核实异议属实"));

        process(process).hasPassed("Gateway_ObjectionUpheld", "EndEvent_ObjectionUpheld")
            .hasNotPassed("Task_CloseNotice")
            .isEnded();
        assertThat(variable(process, NoticeVariables.OBJECTION_UPHELD)).isEqualTo(true);
        PublicNotice notice = notices.get(noticeId);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(notice.getClosedAt()).isEqualTo(START.plus(Duration.ofDays(2)));
        assertThat(notices.objections(noticeId)).singleElement().satisfies(reviewed -> {
            assertThat(reviewed.getId()).isEqualTo(objection.getId());
            assertThat(reviewed.getRaisedBy()).isEqualTo("村民王五");
            assertThat(reviewed.getContent()).isEqualTo("该户有家庭成员在县城经商");
            assertThat(reviewed.getOutcome()).isEqualTo(ObjectionOutcome.UPHELD);
            assertThat(reviewed.getReviewedBy()).isEqualTo("committee");
            assertThat(reviewed.getReviewReason()).isEqualTo("经核实异议属实");
        });
        assertThat(signOffs.forHousehold(householdId))
            .extracting(SignOff::getStep, SignOff::getActor, SignOff::getRole, SignOff::getAreaLevel,
                    SignOff::getAreaCode, SignOff::getDecision, SignOff::getReason)
            .containsExactly(tuple("Task_ReviewObjection", "committee", "committee", AreaLevel.VILLAGE,
                    DemoAreas.VILLAGE_A, Decision.UPHOLD, "经核实异议属实"));
    }

    @Test
    void dismissedObjectionAtTownshipLevelLetsTheNoticeRunToItsOriginalEnd() {
        ProcessInstance process = publish(NoticeLevel.TOWNSHIP, NoticeKind.IDENTIFICATION);
        Long noticeId = noticeId(process);
        Instant endsAt = START.plus(Duration.ofDays(7));
        notices.raiseObjection(noticeId, "村民赵六", "收入统计不实");
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_ReviewObjection"))
            .hasCandidateGroup("township-" + TOWNSHIP);
        assertThat(noticeTimers(process)).isEmpty();

        steps.complete(householdId, "Task_ReviewObjection", "township",
                Map.of("decision", "dismiss", "reason", "经入户核实收入属实"));

        process(process).hasPassed("Gateway_ObjectionUpheld").isWaitingAt("Gateway_WaitForNoticeEvent");
        assertThat(notices.get(noticeId).getStatus()).isEqualTo(NoticeStatus.OPEN);
        assertThat(notices.objections(noticeId)).extracting(Objection::getOutcome, Objection::getReviewedBy)
            .containsExactly(tuple(ObjectionOutcome.DISMISSED, "township"));
        assertThat(signOffs.forHousehold(householdId))
            .extracting(SignOff::getRole, SignOff::getAreaLevel, SignOff::getAreaCode, SignOff::getDecision)
            .containsExactly(tuple("township", AreaLevel.TOWNSHIP, TOWNSHIP, Decision.DISMISS));
        Job timer = noticeTimer(process);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(endsAt));

        ClockUtil.setCurrentTime(timer.getDuedate());
        steps.execute(timer);

        process(process).hasPassed("EndEvent_NoticePassed").isEnded();
        assertThat(notices.get(noticeId).getStatus()).isEqualTo(NoticeStatus.PASSED);
        assertThat(variable(process, NoticeVariables.OBJECTION_UPHELD)).isEqualTo(false);
    }

    @Test
    void objectionRaisedWhileAnotherIsUnderReviewIsDecidedByThatReview() {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION);
        Long noticeId = noticeId(process);
        notices.raiseObjection(noticeId, "村民甲", "异议一");

        notices.raiseObjection(noticeId, "村民乙", "异议二");

        assertThat(steps.openKeys(householdId)).containsExactly("Task_ReviewObjection");
        steps.complete(householdId, "Task_ReviewObjection", "committee",
                Map.of("decision", "dismiss", "reason", "两项异议均不属实"));
        assertThat(notices.objections(noticeId)).extracting(Objection::getRaisedBy, Objection::getOutcome)
            .containsExactly(tuple("村民甲", ObjectionOutcome.DISMISSED), tuple("村民乙", ObjectionOutcome.DISMISSED));
        process(process).isWaitingAt("Gateway_WaitForNoticeEvent");
    }

    @Test
    void reviewOfAnObjectionIsRemindedWhenDueAndEscalatedToTheTownshipAfterTheDelay() {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION);
        Instant raisedAt = START.plus(Duration.ofDays(1));
        ClockUtil.setCurrentTime(Date.from(raisedAt));
        notices.raiseObjection(noticeId(process), "村民王五", "异议");
        Task task = steps.task(householdId, "Task_ReviewObjection");
        assertThat(task.getDueDate()).isEqualTo(Date.from(raisedAt.plus(Duration.ofDays(5))));
        Job reminder = job(process, "BoundaryEvent_ReviewObjectionDue");
        Job escalation = job(process, "BoundaryEvent_ReviewObjectionEscalated");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(raisedAt.plus(Duration.ofDays(5))));
        assertThat(escalation.getDuedate()).isEqualTo(Date.from(raisedAt.plus(Duration.ofDays(8))));

        ClockUtil.setCurrentTime(reminder.getDuedate());
        steps.execute(reminder);

        assertThat(escalations.findByTaskIdOrderByNotifiedAt(task.getId()))
            .extracting(TaskEscalation::getLevel, TaskEscalation::getRecipient, TaskEscalation::getHouseholdId)
            .containsExactly(tuple(EscalationLevel.REMINDER, "committee-" + DemoAreas.VILLAGE_A, householdId));
        assertThat(steps.task(householdId, "Task_ReviewObjection").getPriority()).isEqualTo(60);

        ClockUtil.setCurrentTime(escalation.getDuedate());
        steps.execute(escalation);

        assertThat(escalations.findByTaskIdOrderByNotifiedAt(task.getId()))
            .extracting(TaskEscalation::getLevel, TaskEscalation::getRecipient, TaskEscalation::getNotifiedAt)
            .containsExactly(tuple(EscalationLevel.REMINDER, "committee-" + DemoAreas.VILLAGE_A,
                    reminder.getDuedate().toInstant()),
                    tuple(EscalationLevel.ESCALATION, "township-" + TOWNSHIP, escalation.getDuedate().toInstant()));
        assertThat(steps.task(householdId, "Task_ReviewObjection").getPriority()).isEqualTo(80);
        process(process).isWaitingAt("Task_ReviewObjection")
            .hasPassed("Task_RemindReviewObjection", "Task_EscalateReviewObjection");
    }

    @Test
    void noticeTextShowsNameVillageIncomeAndCausesButNoIdNumberPhoneBankAccountOrHealth() {
        incomes.record(householdId, new IncomeEntry(2024, new BigDecimal("3000"), new BigDecimal("1200"),
                BigDecimal.ZERO, new BigDecimal("600"), null, null, null, null, null, new BigDecimal("300")), "cadre");

        String content = notices.get(noticeId(publish(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION))).getContent();

        assertThat(content).isEqualTo("村级贫困户识别公示：城南村，户主" + application.headName()
                + "，人均纯收入1500.00元（2024年），主要致贫原因：因病，其他致贫原因：缺技术。公示期自2025-03-03至2025-03-10。");
        assertThat(content).doesNotContain(application.phone(), application.bankAccount());
        for (MemberForm member : application.members()) {
            assertThat(content).doesNotContain(member.idNumber(), member.idNumber().substring(0, 17));
        }
        assertThat(content).doesNotContainPattern("\\d{7,}")
            .doesNotContain("SERIOUS", "重病", "大病", "健康", "HEALTHY", "残疾");
    }

    @ParameterizedTest
    @EnumSource(value = NoticeStatus.class, names = { "PASSED", "WITHDRAWN" })
    void objectionToAClosedNoticeIsRefusedAndNotStored(NoticeStatus closedAs) {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION);
        Long noticeId = noticeId(process);
        if (closedAs == NoticeStatus.PASSED) {
            steps.execute(noticeTimer(process));
        }
        else {
            notices.raiseObjection(noticeId, "村民王五", "异议");
            steps.complete(householdId, "Task_ReviewObjection", "committee",
                    Map.of("decision", "uphold", "reason", "属实"));
        }
        int before = notices.objections(noticeId).size();

        assertThatThrownBy(() -> notices.raiseObjection(noticeId, "村民赵六", "迟到的异议"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .containsExactly(new Violation("notice", "validation.notice.closed", noticeId)));
        assertThat(notices.objections(noticeId)).hasSize(before);
        assertThat(notices.get(noticeId).getStatus()).isEqualTo(closedAs);
    }

    @Test
    void objectionOnceTheNoticePeriodIsOverIsRefusedEvenBeforeTheTimerRuns() {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, NoticeKind.RETURN);
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(5))));

        assertThatThrownBy(() -> notices.raiseObjection(noticeId(process), "村民王五", "异议"))
            .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.codes()).containsExactly("validation.notice.closed"));
        process(process).isWaitingAt("Gateway_WaitForNoticeEvent");
    }

    @Test
    void blankObjectionIsRefusedAndStartsNoReview() {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION);
        Long noticeId = noticeId(process);

        assertThatThrownBy(() -> notices.raiseObjection(noticeId, " ", "  "))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.getViolations()).extracting(Violation::field).containsExactly("raisedBy", "content");
                assertThat(e.codes()).containsExactly("validation.objection.raisedBy.required",
                        "validation.objection.content.required");
            });
        assertThat(notices.objections(noticeId)).isEmpty();
        assertThat(steps.openKeys(householdId)).isEmpty();
        process(process).isWaitingAt("Gateway_WaitForNoticeEvent");
    }

    @Test
    void reviewWithoutDecisionIsRefusedAndChangesNothing() {
        ProcessInstance process = publish(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION);
        notices.raiseObjection(noticeId(process), "村民王五", "异议");

        ValidationException refused = validationFailure(() -> steps.complete(householdId, "Task_ReviewObjection",
                "committee", Map.of("decision", "approve", "reason", " ")));

        assertThat(refused.getViolations()).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("decision", "validation.choice"), tuple("reason", "validation.required"));
        process(process).isWaitingAt("Task_ReviewObjection");
        assertThat(notices.objections(noticeId(process))).extracting(Objection::getOutcome).containsOnlyNulls();
        assertThat(signOffs.forHousehold(householdId)).isEmpty();
    }

    static HouseholdApplication withSeriouslyIllHead(HouseholdApplication app) {
        List<MemberForm> members = new ArrayList<>(app.members());
        MemberForm head = members.get(0);
        members.set(0, new MemberForm(head.name(), head.sex(), head.idNumber(), head.relation(), head.ethnicity(),
                head.education(), head.schoolingStatus(), Health.SERIOUS, head.labourAbility(), head.medicalInsured(),
                head.seriousIllnessInsured(), head.pensionInsured(), head.subsistenceAllowance(), null, null));
        return new HouseholdApplication(app.villageCode(), app.headName(), app.phone(), app.bankAccount(),
                app.attribute(), app.standard(), app.declaredSize(), app.mainCause(), app.secondaryCauses(), members,
                app.housingGrade(), app.safeDrinkingWater(), app.cultivatedLand(), app.roadDistanceKm());
    }

    ProcessInstance publish(NoticeLevel level, NoticeKind kind) {
        return runtimeService.startProcessInstanceByKey("PublicNoticeProcess", householdId.toString(),
                Map.of("householdId", householdId, "noticeLevel", level.name(), "noticeKind", kind.name()));
    }

    Long noticeId(ProcessInstance process) {
        Object id = historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(process.getId())
            .variableName("noticeId")
            .singleResult()
            .getValue();
        return (Long) id;
    }

    Object variable(ProcessInstance process, String name) {
        return historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(process.getId())
            .variableName(name)
            .singleResult()
            .getValue();
    }

    Job noticeTimer(ProcessInstance process) {
        return job(process, "TimerEvent_NoticePeriodElapsed");
    }

    List<Job> noticeTimers(ProcessInstance process) {
        return managementService.createJobQuery()
            .processInstanceId(process.getId())
            .activityId("TimerEvent_NoticePeriodElapsed")
            .list();
    }

    Job job(ProcessInstance process, String activityId) {
        return managementService.createJobQuery().processInstanceId(process.getId()).activityId(activityId)
            .singleResult();
    }

    static ProcessInstanceAssert process(ProcessInstance process) {
        return BpmnAwareTests.assertThat(process);
    }

}
