package org.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jingzhun.support.ValidationFailures.validationFailure;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.HouseholdStatusChange;
import org.jingzhun.household.HouseholdStatusChangeRepository;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.IncomeRecord;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.LivingConditions;
import org.jingzhun.notice.NoticeKind;
import org.jingzhun.notice.NoticeLevel;
import org.jingzhun.notice.NoticeService;
import org.jingzhun.notice.NoticeStatus;
import org.jingzhun.notice.Objection;
import org.jingzhun.notice.ObjectionOutcome;
import org.jingzhun.notice.PublicNotice;
import org.jingzhun.notice.PublicNoticeRepository;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
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
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IdentificationProcessTest {

    static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    static final String VILLAGE = DemoAreas.VILLAGE_A;

    static final String TOWNSHIP = DemoAreas.TOWNSHIP_FUCHENG;

    static final String COUNTY = DemoAreas.COUNTY;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @Autowired
    DemoAreas demoAreas;

    @Autowired
    HouseholdService households;

    @Autowired
    HouseholdStatusChangeRepository statusChanges;

    @Autowired
    IncomeService incomes;

    @Autowired
    NoticeService notices;

    @Autowired
    PublicNoticeRepository noticeRepository;

    @Autowired
    SignOffService signOffs;

    @Autowired
    TaskEscalationRepository escalations;

    @Autowired
    PolicyService policy;

    @Autowired
    ProcessSteps steps;

    Long householdId;

    ProcessInstance process;

    @BeforeEach
    void newHousehold() {
        AbstractAssertions.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(START));
        demoAreas.ensure();
        user("cadre", "cadre-" + VILLAGE);
        user("cadre-b", "cadre-" + DemoAreas.VILLAGE_B);
        user("committee", "committee-" + VILLAGE);
        user("township", "township-" + TOWNSHIP);
        user("county", "county-" + COUNTY);
        householdId = households.apply(TestHouseholds.application(VILLAGE), "cadre");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void approvedAtEveryLevelRegistersTheHouseholdAsPoorWithItsHelper() {
        start();
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_SurveyHousehold")).hasCandidateGroup("cadre-" + VILLAGE);

        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_AppraiseHousehold"))
            .hasCandidateGroup("committee-" + VILLAGE);
        steps.complete(householdId, "Task_AppraiseHousehold", "committee", appraisal("approve", "群众认可"));
        process().isWaitingAt("CallActivity_VillageNotice");
        noticePasses();
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_ReviewIdentification"))
            .hasCandidateGroup("township-" + TOWNSHIP);
        steps.complete(householdId, "Task_ReviewIdentification", "township",
                Map.of("onSiteCheck", true, "decision", "approve", "reason", "情况属实"));
        process().isWaitingAt("CallActivity_TownshipNotice");
        noticePasses();
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_ApproveRegistration"))
            .hasCandidateGroup("county-" + COUNTY);
        steps.complete(householdId, "Task_ApproveRegistration", "county", ProcessSteps.approve("同意纳入"));
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_AssignHelper"))
            .hasCandidateGroup("township-" + TOWNSHIP);
        Household registered = households.get(householdId);
        assertThat(registered.getStatus()).isEqualTo(HouseholdStatus.POOR);
        steps.complete(householdId, "Task_AssignHelper", "township", Map.of("helper", "cadre", "plannedExitYear", 2027));

        process().hasPassed("Gateway_AppraisalPassed", "Gateway_VillageObjectionUpheld",
                "Gateway_IdentificationApproved", "Gateway_TownshipObjectionUpheld", "Gateway_RegistrationApproved",
                "Task_RegisterHousehold", "EndEvent_Registered")
            .hasNotPassed("Task_RecordRejection")
            .isEnded();
        assertThat(variable("registered")).isEqualTo(true);
        LocalDate registeredOn = TODAY.plusDays(14);
        Household household = households.get(householdId);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.POOR);
        assertThat(household.getFirstIdentifiedOn()).isEqualTo(registeredOn);
        assertThat(household.getResponsibleCadre()).isEqualTo("cadre");
        assertThat(household.getPlannedExitYear()).isEqualTo(2027);
        assertThat(household.getMainCause()).isEqualTo(Cause.DISABILITY);
        assertThat(household.secondaryCauses()).containsExactly(Cause.LABOUR, Cause.SKILLS);
        assertThat(household.getAttribute()).isEqualTo(Attribute.SUBSISTENCE);
        assertThat(statusChanges.findByHouseholdIdOrderByChangedAtAscIdAsc(householdId))
            .extracting(HouseholdStatusChange::getToStatus, HouseholdStatusChange::getActor)
            .containsExactly(tuple(HouseholdStatus.APPLIED, "cadre"), tuple(HouseholdStatus.POOR, "county"));
        assertThat(signOffs.forHousehold(householdId))
            .extracting(SignOff::getStep, SignOff::getActor, SignOff::getRole, SignOff::getAreaLevel,
                    SignOff::getAreaCode, SignOff::getDecision, SignOff::getReason, SignOff::getDetails)
            .containsExactly(
                    tuple("Task_AppraiseHousehold", "committee", "committee", AreaLevel.VILLAGE, VILLAGE,
                            Decision.APPROVE, "群众认可", "votesFor=12, votesAgainst=3"),
                    tuple("Task_ReviewIdentification", "township", "township", AreaLevel.TOWNSHIP, TOWNSHIP,
                            Decision.APPROVE, "情况属实", "onSiteCheck=true"),
                    tuple("Task_ApproveRegistration", "county", "county", AreaLevel.COUNTY, COUNTY,
                            Decision.APPROVE, "同意纳入", null));
        assertThat(noticeRepository.findByHouseholdIdOrderByPublishedAtDesc(householdId))
            .extracting(PublicNotice::getLevel, PublicNotice::getKind, PublicNotice::getStatus)
            .containsExactly(tuple(NoticeLevel.TOWNSHIP, NoticeKind.IDENTIFICATION, NoticeStatus.PASSED),
                    tuple(NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION, NoticeStatus.PASSED));
    }

    @Test
    void surveyStoresCausesLivingConditionsAndTheYearsIncome() {
        start();

        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());

        Household household = households.get(householdId);
        assertThat(household.getMainCause()).isEqualTo(Cause.DISABILITY);
        assertThat(household.secondaryCauses()).containsExactly(Cause.LABOUR, Cause.SKILLS);
        assertThat(household.getAttribute()).isEqualTo(Attribute.SUBSISTENCE);
        LivingConditions living = households.livingConditions(householdId);
        assertThat(living.getHousingGrade()).isEqualTo(HousingGrade.C);
        assertThat(living.isSafeDrinkingWater()).isFalse();
        assertThat(living.getRoadDistanceKm()).isEqualByComparingTo("3.5");
        assertThat(living.getCultivatedLand()).isEqualByComparingTo("4");
        assertThat(incomes.ledger(householdId)).singleElement().satisfies(record -> {
            assertThat(record.getYear()).isEqualTo(2024);
            assertThat(record.getWage()).isEqualByComparingTo("3000");
            assertThat(record.getTransfer()).isEqualByComparingTo("600");
            assertThat(record.getSubsistenceAllowance()).isEqualByComparingTo("0");
            assertThat(record.getBusinessExpenses()).isEqualByComparingTo("300");
            assertThat(record.getPerCapitaNet()).isEqualByComparingTo("1500.00");
            assertThat(record.getRecordedBy()).isEqualTo("cadre");
        });
        assertThat(runtimeService.getVariables(process.getId())).containsOnlyKeys("householdId");
    }

    @Test
    void surveyWithInvalidValuesIsRefusedNamingEveryFieldAndStoresNothing() {
        start();
        Map<String, Object> values = survey();
        values.put("wageIncome", -5);
        values.remove("housingGrade");
        values.put("attribute", "RICH");
        values.put("mainCause", "ILLNESS");
        values.put("secondaryCauses", List.of("ILLNESS", "SKILLS", "LAND"));

        ValidationException refused = validationFailure(
                () -> steps.complete(householdId, "Task_SurveyHousehold", "cadre", values));

        assertThat(refused.getViolations()).extracting(Violation::field, Violation::code)
            .contains(tuple("wageIncome", "validation.negative"), tuple("housingGrade", "validation.required"),
                    tuple("attribute", "validation.choice"),
                    tuple("secondaryCauses", "validation.secondaryCauses.tooMany"),
                    tuple("secondaryCauses", "validation.secondaryCauses.sameAsMain"));
        assertThat(refused.getMessage()).contains("wageIncome", "housingGrade", "secondaryCauses");
        assertSurveyNotStored();
    }

    @Test
    void surveyWhoseIncomeYearTheLedgerRefusesStoresNeitherIncomeNorCauses() {
        start();
        Map<String, Object> values = survey();
        values.put("incomeYear", 2099);

        ValidationException refused = validationFailure(
                () -> steps.complete(householdId, "Task_SurveyHousehold", "cadre", values));

        assertThat(refused.getViolations()).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("incomeYear", "validation.income.year"));
        assertSurveyNotStored();
    }

    @Test
    void surveyWithMissingIncomeFiguresIsRefused() {
        start();
        Map<String, Object> values = survey();
        values.remove("transferIncome");
        values.put("businessExpenses", "");
        values.put("incomeYear", "2024.5");

        ValidationException refused = validationFailure(
                () -> steps.complete(householdId, "Task_SurveyHousehold", "cadre", values));

        assertThat(refused.getViolations()).extracting(Violation::field, Violation::code)
            .containsExactlyInAnyOrder(tuple("incomeYear", "validation.integer"),
                    tuple("transferIncome", "validation.required"), tuple("businessExpenses", "validation.required"));
        assertSurveyNotStored();
    }

    @Test
    void appraisalWithoutVotesIsRefused() {
        startAt("Task_AppraiseHousehold");

        ValidationException refused = validationFailure(() -> steps.complete(householdId, "Task_AppraiseHousehold",
                "committee", Map.of("votesFor", 0, "votesAgainst", 0, "decision", "approve", "reason", "通过")));
        assertThat(refused.codes()).containsExactly("validation.votes.none");
        refused = validationFailure(() -> steps.complete(householdId, "Task_AppraiseHousehold", "committee",
                Map.of("votesFor", -1, "decision", "maybe", "reason", "通过")));
        assertThat(refused.getViolations()).extracting(Violation::field, Violation::code)
            .containsExactlyInAnyOrder(tuple("votesFor", "validation.negative"), tuple("votesAgainst", "validation.required"),
                    tuple("decision", "validation.choice"));

        process().isWaitingAt("Task_AppraiseHousehold");
        assertThat(signOffs.forHousehold(householdId)).isEmpty();
    }

    @Test
    void rejectedByTheAppraisalEndsNotIdentified() {
        start();
        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());

        steps.complete(householdId, "Task_AppraiseHousehold", "committee", appraisal("reject", "家中有人经商"));

        assertRejected("committee", "家中有人经商");
        process().hasNotPassed("CallActivity_VillageNotice");
    }

    @Test
    void rejectedByTheTownshipEndsNotIdentified() {
        start();
        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());
        steps.complete(householdId, "Task_AppraiseHousehold", "committee", appraisal("approve", "群众认可"));
        noticePasses();

        steps.complete(householdId, "Task_ReviewIdentification", "township",
                Map.of("decision", "reject", "reason", "实地核查收入超线"));

        assertRejected("township", "实地核查收入超线");
        process().hasPassed("Gateway_IdentificationApproved").hasNotPassed("CallActivity_TownshipNotice");
    }

    @Test
    void rejectedByTheCountyEndsNotIdentified() {
        start();
        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());
        steps.complete(householdId, "Task_AppraiseHousehold", "committee", appraisal("approve", "群众认可"));
        noticePasses();
        steps.complete(householdId, "Task_ReviewIdentification", "township", ProcessSteps.approve("属实"));
        noticePasses();

        steps.complete(householdId, "Task_ApproveRegistration", "county", ProcessSteps.reject("有财政供养人员"));

        assertRejected("county", "有财政供养人员");
        process().hasPassed("Gateway_RegistrationApproved").hasNotPassed("Task_RegisterHousehold");
    }

    @Test
    void upheldObjectionToTheVillageNoticeSendsTheCaseBackToTheSurvey() {
        start();
        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());
        steps.complete(householdId, "Task_AppraiseHousehold", "committee", appraisal("approve", "群众认可"));
        Long noticeId = noticeId();

        notices.raiseObjection(noticeId, "村民王五", "该户收入统计不全");
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_ReviewObjection"))
            .hasCandidateGroup("committee-" + VILLAGE);
        steps.complete(householdId, "Task_ReviewObjection", "committee",
                Map.of("decision", "uphold", "reason", "需重新入户调查"));

        process().hasPassed("Gateway_VillageObjectionUpheld").isWaitingAt("Task_SurveyHousehold");
        assertThat(notices.get(noticeId).getStatus()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(notices.objections(noticeId)).extracting(Objection::getOutcome)
            .containsExactly(ObjectionOutcome.UPHELD);
        assertThat(households.get(householdId).getStatus()).isEqualTo(HouseholdStatus.APPLIED);

        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());
        process().isWaitingAt("Task_AppraiseHousehold");
    }

    @Test
    void upheldObjectionToTheTownshipNoticeSendsTheCaseBackToTheTownshipReview() {
        start();
        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());
        steps.complete(householdId, "Task_AppraiseHousehold", "committee", appraisal("approve", "群众认可"));
        noticePasses();
        steps.complete(householdId, "Task_ReviewIdentification", "township", ProcessSteps.approve("属实"));
        Long noticeId = noticeId();
        assertThat(notices.get(noticeId).getLevel()).isEqualTo(NoticeLevel.TOWNSHIP);

        notices.raiseObjection(noticeId, "村民赵六", "该户有商品房");
        BpmnAwareTests.assertThat(steps.task(householdId, "Task_ReviewObjection"))
            .hasCandidateGroup("township-" + TOWNSHIP);
        steps.complete(householdId, "Task_ReviewObjection", "township",
                Map.of("decision", "uphold", "reason", "需再次审核"));

        process().hasPassed("Gateway_TownshipObjectionUpheld").isWaitingAt("Task_ReviewIdentification");
        assertThat(notices.get(noticeId).getStatus()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(signOffs.forHousehold(householdId)).last()
            .extracting(SignOff::getStep, SignOff::getRole, SignOff::getDecision)
            .containsExactly("Task_ReviewObjection", "township", Decision.UPHOLD);
    }

    @Test
    void dismissedObjectionLetsTheNoticeContinueUntilItsEnd() {
        start();
        steps.complete(householdId, "Task_SurveyHousehold", "cadre", survey());
        steps.complete(householdId, "Task_AppraiseHousehold", "committee", appraisal("approve", "群众认可"));
        Long noticeId = noticeId();
        Instant endsAt = START.plus(Duration.ofDays(7));
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(3))));
        notices.raiseObjection(noticeId, "村民王五", "该户有车");

        steps.complete(householdId, "Task_ReviewObjection", "committee",
                Map.of("decision", "dismiss", "reason", "车辆为农用车"));

        process().isWaitingAt("CallActivity_VillageNotice");
        BpmnAwareTests.assertThat(notice()).isWaitingAt("Gateway_WaitForNoticeEvent");
        assertThat(notices.get(noticeId).getStatus()).isEqualTo(NoticeStatus.OPEN);
        assertThat(notices.objections(noticeId)).extracting(Objection::getOutcome)
            .containsExactly(ObjectionOutcome.DISMISSED);
        Job timer = noticeTimer();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(endsAt));

        ClockUtil.setCurrentTime(timer.getDuedate());
        steps.execute(timer);

        process().hasPassed("Gateway_VillageObjectionUpheld").isWaitingAt("Task_ReviewIdentification");
        assertThat(notices.get(noticeId).getStatus()).isEqualTo(NoticeStatus.PASSED);
        assertThat(notices.get(noticeId).getClosedAt()).isEqualTo(endsAt);
    }

    @ParameterizedTest
    @ValueSource(strings = { "township", "cadre-b", "nobody" })
    void helperWhoIsNotACadreOfTheVillageIsRefused(String helper) {
        households.register(householdId, "county");
        startAt("Task_AssignHelper");

        ValidationException refused = validationFailure(() -> steps.complete(householdId, "Task_AssignHelper",
                "township", Map.of("helper", helper, "plannedExitYear", 2040)));

        assertThat(refused.getViolations()).containsExactly(
                new Violation("helper", "validation.helper.notCadre", helper, VILLAGE),
                new Violation("plannedExitYear", "validation.plannedExitYear.range", 2040, 2024, 2035));
        process().isWaitingAt("Task_AssignHelper");
        assertThat(households.get(householdId).getResponsibleCadre()).isNull();
        assertThat(households.get(householdId).getPlannedExitYear()).isNull();

        steps.complete(householdId, "Task_AssignHelper", "township", Map.of("helper", "cadre", "plannedExitYear", 2026));

        process().hasPassed("EndEvent_Registered").isEnded();
        assertThat(households.get(householdId).getResponsibleCadre()).isEqualTo("cadre");
    }

    @ParameterizedTest
    @CsvSource({
        "Task_SurveyHousehold,      survey,                cadre-622922100201,     township-622922100000",
        "Task_AppraiseHousehold,    appraisal,             committee-622922100201, township-622922100000",
        "Task_ReviewIdentification, identification-review, township-622922100000,  county-622922000000",
        "Task_ApproveRegistration,  registration-approval, county-622922000000,    county-622922000000",
        "Task_AssignHelper,         helper-assignment,     township-622922100000,  county-622922000000" })
    void openTaskIsRemindedWhenDueAndEscalatedAfterTheDelay(String taskKey, String step, String reminded,
            String escalatedTo) {
        startAt(taskKey);
        String name = taskKey.substring("Task_".length());
        Task task = steps.task(householdId, taskKey);
        Date due = Date.from(START.atZone(Today.ZONE).plus(policy.due(step)).toInstant());
        Date escalation = Date.from(
                START.atZone(Today.ZONE).plus(policy.due(step)).plus(policy.escalationDelay(step)).toInstant());
        assertThat(task.getDueDate()).isEqualTo(due);
        Job reminderJob = job("BoundaryEvent_" + name + "Due");
        Job escalationJob = job("BoundaryEvent_" + name + "Escalated");
        assertThat(reminderJob.getDuedate()).isEqualTo(due);
        assertThat(escalationJob.getDuedate()).isEqualTo(escalation);

        ClockUtil.setCurrentTime(due);
        steps.execute(reminderJob);

        assertThat(escalations.findByTaskIdOrderByNotifiedAt(task.getId()))
            .extracting(TaskEscalation::getLevel, TaskEscalation::getRecipient, TaskEscalation::getHouseholdId)
            .containsExactly(tuple(EscalationLevel.REMINDER, reminded, householdId));
        assertThat(steps.task(householdId, taskKey).getPriority()).isEqualTo(60);

        ClockUtil.setCurrentTime(escalation);
        steps.execute(escalationJob);

        assertThat(escalations.findByTaskIdOrderByNotifiedAt(task.getId()))
            .extracting(TaskEscalation::getLevel, TaskEscalation::getRecipient, TaskEscalation::getNotifiedAt)
            .containsExactly(tuple(EscalationLevel.REMINDER, reminded, due.toInstant()),
                    tuple(EscalationLevel.ESCALATION, escalatedTo, escalation.toInstant()));
        assertThat(steps.task(householdId, taskKey).getPriority()).isEqualTo(80);
        process().isWaitingAt(taskKey).hasPassed("Task_Remind" + name, "EndEvent_" + name + "Reminded",
                "Task_Escalate" + name, "EndEvent_" + name + "Escalated");
    }

    void assertRejected(String actor, String reason) {
        process().hasPassed("Task_RecordRejection", "EndEvent_NotIdentified").hasNotPassed("EndEvent_Registered")
            .isEnded();
        assertThat(variable("registered")).isEqualTo(false);
        Household household = households.get(householdId);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.REJECTED);
        assertThat(household.getFirstIdentifiedOn()).isNull();
        assertThat(statusChanges.findByHouseholdIdOrderByChangedAtAscIdAsc(householdId)).last()
            .extracting(HouseholdStatusChange::getFromStatus, HouseholdStatusChange::getToStatus,
                    HouseholdStatusChange::getActor, HouseholdStatusChange::getReason)
            .containsExactly(HouseholdStatus.APPLIED, HouseholdStatus.REJECTED, actor, reason);
        assertThat(signOffs.forHousehold(householdId)).last()
            .extracting(SignOff::getActor, SignOff::getDecision, SignOff::getReason)
            .containsExactly(actor, Decision.REJECT, reason);
    }

    void assertSurveyNotStored() {
        process().isWaitingAt("Task_SurveyHousehold");
        Household household = households.get(householdId);
        assertThat(household.getMainCause()).isEqualTo(Cause.ILLNESS);
        assertThat(household.secondaryCauses()).containsExactly(Cause.SKILLS);
        assertThat(household.getAttribute()).isEqualTo(Attribute.ORDINARY);
        assertThat(households.livingConditions(householdId).getHousingGrade()).isEqualTo(HousingGrade.B);
        assertThat(incomes.ledger(householdId)).isEmpty();
        assertThat(incomes.latest(householdId).map(IncomeRecord::getYear)).isEmpty();
    }

    static Map<String, Object> survey() {
        Map<String, Object> values = new HashMap<>();
        values.put("incomeYear", 2024);
        values.put("wageIncome", 3000);
        values.put("businessIncome", 1200);
        values.put("propertyIncome", 0);
        values.put("transferIncome", new BigDecimal("600"));
        values.put("businessExpenses", "300");
        values.put("housingGrade", "C");
        values.put("safeDrinkingWater", false);
        values.put("roadDistanceKm", 3.5);
        values.put("cultivatedLand", 4);
        values.put("mainCause", "DISABILITY");
        values.put("secondaryCauses", "[\"LABOUR\",\"SKILLS\"]");
        values.put("attribute", "SUBSISTENCE");
        values.put("surveyNotes", "户主因残丧失劳动能力");
        return values;
    }

    static Map<String, Object> appraisal(String decision, String reason) {
        return Map.of("votesFor", 12, "votesAgainst", 3, "decision", decision, "reason", reason);
    }

    void start() {
        process = runtimeService.startProcessInstanceByKey("IdentificationProcess", householdId.toString(),
                Map.of("householdId", householdId));
    }

    void startAt(String activityId) {
        process = runtimeService.createProcessInstanceByKey("IdentificationProcess")
            .businessKey(householdId.toString())
            .setVariables(Map.of("householdId", householdId))
            .startBeforeActivity(activityId)
            .execute();
    }

    ProcessInstanceAssert process() {
        return BpmnAwareTests.assertThat(process);
    }

    /** The PublicNoticeProcess the identification is waiting for; the notice's timer belongs to it. */
    ProcessInstance notice() {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(process.getId()).singleResult();
    }

    Long noticeId() {
        return (Long) runtimeService.getVariable(notice().getId(), "noticeId");
    }

    Job noticeTimer() {
        return managementService.createJobQuery()
            .processInstanceId(notice().getId())
            .activityId("TimerEvent_NoticePeriodElapsed")
            .singleResult();
    }

    /** Lets the current notice run its period out: the clock moves to its end and its timer fires. */
    void noticePasses() {
        Job timer = noticeTimer();
        assertThat(timer.getDuedate()).isEqualTo(notices.endsAt(noticeId()));
        ClockUtil.setCurrentTime(timer.getDuedate());
        steps.execute(timer);
    }

    Job job(String activityId) {
        return managementService.createJobQuery().processInstanceId(process.getId()).activityId(activityId)
            .singleResult();
    }

    Object variable(String name) {
        return historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(process.getId())
            .variableName(name)
            .singleResult()
            .getValue();
    }

    void user(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            var user = identityService.newUser(userId);
            user.setFirstName(userId);
            identityService.saveUser(user);
        }
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            var group = identityService.newGroup(groupId);
            group.setName(groupId);
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

}
