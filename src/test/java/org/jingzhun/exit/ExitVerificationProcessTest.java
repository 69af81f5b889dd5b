package org.jingzhun.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.jingzhun.support.ProcessSteps.approve;
import static org.jingzhun.support.ProcessSteps.reject;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.assistance.Visit;
import org.jingzhun.assistance.VisitKind;
import org.jingzhun.assistance.VisitRepository;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.HouseholdStatusChange;
import org.jingzhun.household.HouseholdStatusChangeRepository;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.MemberForm;
import org.jingzhun.household.SchoolingStatus;
import org.jingzhun.household.SurveyData;
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
import org.jingzhun.workflow.EscalationService;
import org.jingzhun.workflow.TaskEscalation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ExitVerificationProcessTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 14, 9, 30, 0, 0, Today.ZONE);

    static final LocalDate TODAY = NOW.toLocalDate();

    static final String VILLAGE = DemoAreas.VILLAGE_A;

    static final String TOWNSHIP = DemoAreas.TOWNSHIP_FUCHENG;

    static final String COUNTY = DemoAreas.COUNTY;

    static final String HELPER = "cadre1";

    static final String COMMITTEE = "committee1";

    static final String TOWNSHIP_REVIEWER = "township1";

    static final String COUNTY_APPROVER = "county1";

    static final String VETO_STEP = "Task_AssessExitEligibility";

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    HouseholdService households;

    @Autowired
    IncomeService incomes;

    @Autowired
    VisitRepository visits;

    @Autowired
    SignOffService signOffs;

    @Autowired
    HouseholdStatusChangeRepository statusChanges;

    @Autowired
    EscalationService escalations;

    @Autowired
    PolicyService policy;

    @Autowired
    DemoAreas demoAreas;

    @Autowired
    ProcessSteps steps;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        AbstractAssertions.init(processEngine);
        demoAreas.ensure();
    }

    @AfterEach
    void tearDown() {
        AbstractAssertions.reset();
        ClockUtil.reset();
    }

    // --- the beginning: the exit rule -------------------------------------------------------------------------

    @Test
    void eligibleHouseholdWhenVerificationStartsThenTheVillageCommitteeAppraisesIt() {
        Long id = eligibleHousehold();

        ProcessInstance process = start(id);

        process(process).isWaitingAtExactly("Task_AppraiseExit").hasPassed("Task_AssessExitEligibility");
        assertThat(variable(process, ExitVariables.EXIT_ELIGIBLE)).isEqualTo(true);
        assertThat(variable(process, ExitVariables.FAILED_INDICATOR)).isEqualTo("");
        assertThat(candidateGroups(steps.task(id, "Task_AppraiseExit"))).containsExactly("committee-" + VILLAGE);
        assertThat(signOffs.forHousehold(id)).isEmpty();
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.POOR);
    }

    @Test
    void incomeExactlyAtThePovertyLineWhenAssessedThenTheRuleRefusesTheExitOnIncome() {
        Long id = eligibleHousehold();
        recordIncome(id, "12000.00"); // 3 members: 4,000 a head, the 2020 line itself, which must be exceeded

        assertRefusedByTheRule(id, "income");
    }

    @Test
    void latestVisitFindsFoodInsecureWhenAssessedThenTheRuleRefusesTheExitOnFood() {
        Long id = eligibleHousehold();
        visit(id, TODAY, false, true);

        assertRefusedByTheRule(id, "food");
    }

    @Test
    void latestVisitFindsClothingInsecureAfterAnEarlierSecureOneThenTheRuleRefusesTheExitOnClothing() {
        Long id = eligibleHousehold();
        visit(id, TODAY.minusDays(3), false, true);
        visit(id, TODAY.minusDays(1), true, false);
        visit(id, TODAY.minusDays(2), true, true); // recorded later, but an older visit: not the latest

        assertRefusedByTheRule(id, "clothing");
    }

    @Test
    void unsafeDrinkingWaterWhenAssessedThenTheRuleRefusesTheExitOnWater() {
        Long id = eligibleHousehold();
        survey(id, HousingGrade.B, false);

        assertRefusedByTheRule(id, "water");
    }

    @Test
    void housingGradeCWhenAssessedThenTheRuleRefusesTheExitOnHousing() {
        Long id = eligibleHousehold();
        survey(id, HousingGrade.C, true);

        assertRefusedByTheRule(id, "housing");
    }

    @Test
    void memberDroppedOutOfSchoolWhenAssessedThenTheRuleRefusesTheExitOnEducation() {
        Long id = eligibleHousehold(withMember(TestHouseholds.application(VILLAGE), 2,
                m -> member(m, SchoolingStatus.DROPOUT, m.medicalInsured())));

        assertRefusedByTheRule(id, "education");
    }

    @Test
    void memberNotMedicallyInsuredWhenAssessedThenTheRuleRefusesTheExitOnMedical() {
        Long id = eligibleHousehold(withMember(TestHouseholds.application(VILLAGE), 1,
                m -> member(m, m.schoolingStatus(), false)));

        assertRefusedByTheRule(id, "medical");
    }

    // --- village appraisal and department certification -------------------------------------------------------

    @Test
    void committeeRejectsInTheAppraisalThenTheExitIsRefusedWithItsReason() {
        Long id = eligibleHousehold();
        ProcessInstance process = start(id);

        steps.complete(id, "Task_AppraiseExit", COMMITTEE, appraisal(3, 21, "reject", "群众反映家庭收入不稳定"));

        assertRefusedAfter(process, "Task_AppraiseExit");
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(tuple("Task_AppraiseExit", COMMITTEE, "committee", AreaLevel.VILLAGE, VILLAGE,
                    Decision.REJECT, "群众反映家庭收入不稳定"));
        assertStatusKept(id, COMMITTEE, "群众反映家庭收入不稳定");
        assertThat(variable(process, ExitVariables.EXIT_APPRAISAL_PASSED)).isEqualTo(false);
    }

    @Test
    void committeeApprovesTheAppraisalThenTheFourDepartmentsCertifyInParallel() {
        Long id = eligibleHousehold();
        ProcessInstance process = start(id);

        steps.complete(id, "Task_AppraiseExit", COMMITTEE, appraisal(21, 3, "approve", "评议通过"));

        process(process).isWaitingAtExactly("Task_CertifyEducation", "Task_CertifyHealth", "Task_CertifyHousing",
                "Task_CertifyWater");
        for (ExitDepartment department : ExitDepartment.values()) {
            assertThat(candidateGroups(steps.task(id, department.taskKey())))
                .containsExactly("dept-" + department.key() + "-" + COUNTY);
        }
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(tuple("Task_AppraiseExit", COMMITTEE, "committee", AreaLevel.VILLAGE, VILLAGE,
                    Decision.APPROVE, "评议通过"));
        assertThat(runtimeService.getVariables(process.getId())).containsEntry(ExitVariables.EXIT_APPRAISAL_PASSED, true)
            .doesNotContainKeys("votesFor", "votesAgainst", "decision", "reason");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExitDepartment.class)
    void oneDepartmentRefusesWhileTheOthersCertifyThenTheExitIsRefusedWithItsReason(ExitDepartment refusing) {
        Long id = eligibleHousehold();
        ProcessInstance process = start(id);
        steps.complete(id, "Task_AppraiseExit", COMMITTEE, appraisal(21, 3, "approve", "评议通过"));
        String reason = refusing.key() + " 指标未达标";

        for (ExitDepartment department : ExitDepartment.values()) {
            steps.complete(id, department.taskKey(), officer(department),
                    department == refusing ? reject(reason) : approve("认定达标"));
        }

        assertRefusedAfter(process, "Gateway_AllCertified");
        List<Tuple> expected = new ArrayList<>();
        expected.add(tuple("Task_AppraiseExit", COMMITTEE, "committee", AreaLevel.VILLAGE, VILLAGE, Decision.APPROVE,
                "评议通过"));
        for (ExitDepartment department : ExitDepartment.values()) {
            expected.add(tuple(department.taskKey(), officer(department), "dept-" + department.key(),
                    AreaLevel.COUNTY, COUNTY, department == refusing ? Decision.REJECT : Decision.APPROVE,
                    department == refusing ? reason : "认定达标"));
        }
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactlyElementsOf(expected);
        for (ExitDepartment department : ExitDepartment.values()) {
            assertThat(variable(process, department.flag())).isEqualTo(department != refusing);
        }
        assertStatusKept(id, officer(refusing), reason);
    }

    @Test
    void everyDepartmentCertifiesThenTheHouseholdsHelperRecordsItsAgreement() {
        Long id = eligibleHousehold();
        ProcessInstance process = start(id);
        steps.complete(id, "Task_AppraiseExit", COMMITTEE, appraisal(21, 3, "approve", "评议通过"));

        for (ExitDepartment department : ExitDepartment.values()) {
            steps.complete(id, department.taskKey(), officer(department), approve("认定达标"));
        }

        process(process).isWaitingAtExactly("Task_SignExitAgreement").hasPassed("Gateway_AllCertified");
        Task agreement = steps.task(id, "Task_SignExitAgreement");
        assertThat(agreement.getAssignee()).isEqualTo(HELPER);
        assertThat(candidateGroups(agreement)).containsExactly("cadre-" + VILLAGE);
        assertThat(signOffs.forHousehold(id)).hasSize(5)
            .allSatisfy(s -> assertThat(s.getDecision()).isEqualTo(Decision.APPROVE));
    }

    // --- the household's agreement and the notice -------------------------------------------------------------

    @Test
    void householdRefusesToSignThenTheExitIsRefusedAndTheCadreAnswersForIt() {
        Long id = eligibleHousehold();
        ProcessInstance process = startBefore(id, "Task_SignExitAgreement", Map.of());

        steps.complete(id, "Task_SignExitAgreement", HELPER, agreement("reject", TODAY, "户主认为收入尚不稳定，不同意退出"));

        assertRefusedAfter(process, "Task_SignExitAgreement");
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(tuple("Task_SignExitAgreement", HELPER, "cadre", AreaLevel.VILLAGE, VILLAGE,
                    Decision.REJECT, "户主认为收入尚不稳定，不同意退出"));
        assertThat(variable(process, ExitVariables.HOUSEHOLD_AGREED)).isEqualTo(false);
        assertStatusKept(id, HELPER, "户主认为收入尚不稳定，不同意退出");
    }

    /** Runs once the notice feature's beans (publishNotice, notices, …) are merged in; skipped before. */
    @Test
    void householdSignsThenTheExitIsPubliclyNoticedInTheVillage() {
        assumeTrue(context.containsBean("publishNotice") && context.containsBean("notices"),
                "PublicNoticeProcess's beans come with the notice feature");
        Long id = eligibleHousehold();
        ProcessInstance process = startBefore(id, "Task_SignExitAgreement", Map.of());

        steps.complete(id, "Task_SignExitAgreement", HELPER, agreement("approve", TODAY.minusDays(1), "户主已签字"));

        process(process).isWaitingAt("CallActivity_ExitNotice").hasPassed("Gateway_HouseholdAgreed");
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(tuple("Task_SignExitAgreement", HELPER, "cadre", AreaLevel.VILLAGE, VILLAGE,
                    Decision.APPROVE, "户主已签字"));
        assertThat(variable(process, ExitVariables.HOUSEHOLD_AGREED)).isEqualTo(true);
    }

    @Test
    void objectionUpheldDuringTheNoticeThenTheVillageAppraisesAgain() {
        Long id = eligibleHousehold();

        ProcessInstance process = startBefore(id, "Gateway_ExitObjectionUpheld",
                Map.of(ExitVariables.OBJECTION_UPHELD, true));

        process(process).isWaitingAtExactly("Task_AppraiseExit").hasPassed("Gateway_AppraisalMerge");
    }

    @Test
    void noObjectionUpheldDuringTheNoticeThenTheTownshipReviews() {
        Long id = eligibleHousehold();

        ProcessInstance process = startBefore(id, "Gateway_ExitObjectionUpheld",
                Map.of(ExitVariables.OBJECTION_UPHELD, false));

        process(process).isWaitingAtExactly("Task_ReviewExit");
        assertThat(candidateGroups(steps.task(id, "Task_ReviewExit"))).containsExactly("township-" + TOWNSHIP);
    }

    // --- township review and county approval ------------------------------------------------------------------

    @Test
    void townshipRejectsThenTheExitIsRefusedWithItsReason() {
        Long id = eligibleHousehold();
        ProcessInstance process = startBefore(id, "Task_ReviewExit", Map.of());

        steps.complete(id, "Task_ReviewExit", TOWNSHIP_REVIEWER, reject("入户核实发现饮水设施损坏"));

        assertRefusedAfter(process, "Task_ReviewExit");
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(tuple("Task_ReviewExit", TOWNSHIP_REVIEWER, "township", AreaLevel.TOWNSHIP, TOWNSHIP,
                    Decision.REJECT, "入户核实发现饮水设施损坏"));
        assertThat(variable(process, ExitVariables.EXIT_REVIEW_APPROVED)).isEqualTo(false);
        assertStatusKept(id, TOWNSHIP_REVIEWER, "入户核实发现饮水设施损坏");
    }

    @Test
    void countyRejectsAfterTheTownshipApprovedThenTheExitIsRefusedWithItsReason() {
        Long id = eligibleHousehold();
        ProcessInstance process = startBefore(id, "Task_ReviewExit", Map.of());
        steps.complete(id, "Task_ReviewExit", TOWNSHIP_REVIEWER, approve("审核通过"));
        process(process).isWaitingAtExactly("Task_ApproveExit");
        assertThat(candidateGroups(steps.task(id, "Task_ApproveExit"))).containsExactly("county-" + COUNTY);

        steps.complete(id, "Task_ApproveExit", COUNTY_APPROVER, reject("抽查发现收入数据不实"));

        assertRefusedAfter(process, "Task_ApproveExit");
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(
                    tuple("Task_ReviewExit", TOWNSHIP_REVIEWER, "township", AreaLevel.TOWNSHIP, TOWNSHIP,
                            Decision.APPROVE, "审核通过"),
                    tuple("Task_ApproveExit", COUNTY_APPROVER, "county", AreaLevel.COUNTY, COUNTY, Decision.REJECT,
                            "抽查发现收入数据不实"));
        assertStatusKept(id, COUNTY_APPROVER, "抽查发现收入数据不实");
    }

    @Test
    void townshipAndCountyApproveThenTheHouseholdExitsTodayIntoAFiveYearBuffer() {
        Long id = eligibleHousehold();
        ProcessInstance process = startBefore(id, "Task_ReviewExit", Map.of());

        steps.complete(id, "Task_ReviewExit", TOWNSHIP_REVIEWER, approve("审核通过"));
        steps.complete(id, "Task_ApproveExit", COUNTY_APPROVER, approve("同意退出"));

        process(process).isEnded()
            .hasPassedInOrder("Task_ReviewExit", "Task_ApproveExit", "Task_RecordExit", "EndEvent_ExitApproved")
            .hasNotPassed("Task_RecordExitRejection");
        Household household = households.get(id);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.EXITED);
        assertThat(household.getExitDate()).isEqualTo(TODAY);
        assertThat(household.getExitYear()).isEqualTo(2024);
        assertThat(household.getBufferEndDate()).isEqualTo(LocalDate.of(2029, 6, 14));
        assertThat(changed(lastChange(id)))
            .isEqualTo(tuple(HouseholdStatus.POOR, HouseholdStatus.EXITED, COUNTY_APPROVER, null));
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(
                    tuple("Task_ReviewExit", TOWNSHIP_REVIEWER, "township", AreaLevel.TOWNSHIP, TOWNSHIP,
                            Decision.APPROVE, "审核通过"),
                    tuple("Task_ApproveExit", COUNTY_APPROVER, "county", AreaLevel.COUNTY, COUNTY, Decision.APPROVE,
                            "同意退出"));
        assertThat(signOffs.forHousehold(id)).extracting(SignOff::getProcessInstanceId).containsOnly(process.getId());
        assertThat(variable(process, ExitVariables.EXIT_APPROVED)).isEqualTo(true);
    }

    // --- reminders and escalations ----------------------------------------------------------------------------

    static Stream<Arguments> userTasks() {
        String township = "township-" + TOWNSHIP;
        String county = "county-" + COUNTY;
        return Stream.of(arguments("Task_AppraiseExit", "exit-appraisal", "committee-" + VILLAGE, township),
                arguments("Task_CertifyEducation", "certification", "dept-education-" + COUNTY, county),
                arguments("Task_CertifyHealth", "certification", "dept-health-" + COUNTY, county),
                arguments("Task_CertifyHousing", "certification", "dept-housing-" + COUNTY, county),
                arguments("Task_CertifyWater", "certification", "dept-water-" + COUNTY, county),
                arguments("Task_SignExitAgreement", "exit-agreement", HELPER, township),
                arguments("Task_ReviewExit", "exit-review", township, county),
                arguments("Task_ApproveExit", "exit-approval", county, county));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userTasks")
    void taskLeftOpenWhenItFallsDueThenItsHandlerIsRemindedAndLaterItsSupervisorsAlerted(String taskKey,
            String step, String reminded, String supervisors) {
        Long id = eligibleHousehold();
        ProcessInstance process = startBefore(id, taskKey, Map.of());
        String name = taskKey.substring("Task_".length());
        Task task = steps.task(id, taskKey);
        Instant due = NOW.plus(policy.due(step)).toInstant();
        Instant escalated = NOW.plus(policy.due(step)).plus(policy.escalationDelay(step)).toInstant();
        Job reminder = timer(process, "BoundaryEvent_" + name + "Due");
        Job escalation = timer(process, "BoundaryEvent_" + name + "Escalated");

        assertThat(task.getDueDate().toInstant()).isEqualTo(due);
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(due);
        assertThat(escalation.getDuedate().toInstant()).isEqualTo(escalated);

        ClockUtil.setCurrentTime(Date.from(due));
        managementService.executeJob(reminder.getId());

        assertThat(escalations.forTask(task.getId())).extracting(ExitVerificationProcessTest::notified)
            .containsExactly(tuple(taskKey, id, EscalationLevel.REMINDER, reminded, due));
        int remindedPriority = open(task).getPriority();
        assertThat(remindedPriority).isGreaterThan(task.getPriority());

        ClockUtil.setCurrentTime(Date.from(escalated));
        managementService.executeJob(escalation.getId());

        assertThat(escalations.forTask(task.getId())).extracting(ExitVerificationProcessTest::notified)
            .containsExactly(tuple(taskKey, id, EscalationLevel.REMINDER, reminded, due),
                    tuple(taskKey, id, EscalationLevel.ESCALATION, supervisors, escalated));
        assertThat(open(task).getPriority()).isGreaterThan(remindedPriority);
        process(process).isWaitingAtExactly(taskKey)
            .hasPassed("Task_Remind" + name, "EndEvent_" + name + "Reminded", "Task_Escalate" + name,
                    "EndEvent_" + name + "Escalated");
    }

    // --- invalid values ---------------------------------------------------------------------------------------

    static Stream<Arguments> invalidSubmissions() {
        return Stream.of(
                arguments("Task_AppraiseExit", COMMITTEE, Map.of("votesFor", -1, "decision", "approve", "reason", "x"),
                        List.of(new Violation("votesFor", "validation.negative", -1),
                                new Violation("votesAgainst", "validation.required"))),
                arguments("Task_AppraiseExit", COMMITTEE, appraisal(0, 0, "approve", "评议通过"),
                        List.of(new Violation("votesFor", "validation.votes.none"))),
                arguments("Task_AppraiseExit", COMMITTEE, appraisal(5, 1, "approve", " "),
                        List.of(new Violation("reason", "validation.required"))),
                arguments("Task_AppraiseExit", COMMITTEE, Map.of("votesFor", "很多", "votesAgainst", 1.5,
                        "decision", "approve", "reason", "x"),
                        List.of(new Violation("votesFor", "validation.number"),
                                new Violation("votesAgainst", "validation.integer"))),
                arguments("Task_CertifyWater", "water1", Map.of("decision", "maybe", "reason", "待定"),
                        List.of(new Violation("decision", "validation.choice", "maybe"))),
                arguments("Task_CertifyHealth", "health1", Map.of("reason", "认定达标"),
                        List.of(new Violation("decision", "validation.required"))),
                arguments("Task_SignExitAgreement", HELPER, agreement("approve", TODAY.plusDays(1), "户主已签字"),
                        List.of(new Violation("signedOn", "validation.exit.signedOn.future", TODAY.plusDays(1)))),
                arguments("Task_SignExitAgreement", HELPER, Map.of("decision", "approve", "reason", "户主已签字"),
                        List.of(new Violation("signedOn", "validation.required"))),
                arguments("Task_SignExitAgreement", HELPER, Map.of("decision", "approve", "signedOn", "2024-13-01",
                        "reason", "户主已签字"), List.of(new Violation("signedOn", "validation.date"))),
                arguments("Task_ReviewExit", TOWNSHIP_REVIEWER, Map.of("decision", "reject"),
                        List.of(new Violation("reason", "validation.required"))),
                arguments("Task_ApproveExit", COUNTY_APPROVER, Map.of("decision", "approve", "reason", ""),
                        List.of(new Violation("reason", "validation.required"))));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("invalidSubmissions")
    void invalidValuesWhenCompletingThenRefusedNamingTheFieldAndNothingChanges(String taskKey, String user,
            Map<String, Object> values, List<Violation> violations) {
        Long id = eligibleHousehold();
        ProcessInstance process = startBefore(id, taskKey, Map.of());
        Task task = steps.task(id, taskKey);
        Map<String, Object> variablesBefore = runtimeService.getVariables(process.getId());
        int changesBefore = statusChanges.findByHouseholdIdOrderByChangedAtAscIdAsc(id).size();

        ValidationException refusal = refusal(() -> steps.complete(id, taskKey, user, values));

        assertThat(refusal.getViolations()).containsExactlyInAnyOrderElementsOf(violations);
        assertThat(refusal.getMessage()).contains(violations.get(0).field() + ": ");
        process(process).isWaitingAtExactly(taskKey);
        assertThat(open(task)).isNotNull();
        assertThat(runtimeService.getVariables(process.getId())).isEqualTo(variablesBefore);
        assertThat(signOffs.forHousehold(id)).isEmpty();
        assertThat(statusChanges.findByHouseholdIdOrderByChangedAtAscIdAsc(id)).hasSize(changesBefore);
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.POOR);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** Registered, helped, earning 5,000 a head this year, fed and clothed at the last visit; see TestHouseholds. */
    Long eligibleHousehold() {
        return eligibleHousehold(TestHouseholds.application(VILLAGE));
    }

    Long eligibleHousehold(HouseholdApplication application) {
        Long id = households.apply(application, HELPER);
        households.register(id, COUNTY_APPROVER);
        households.assignHelper(id, HELPER, TODAY.getYear());
        recordIncome(id, "15000.00");
        visit(id, TODAY.minusMonths(1), true, true);
        return id;
    }

    void recordIncome(Long id, String wage) {
        BigDecimal zero = BigDecimal.ZERO;
        incomes.record(id, new IncomeEntry(TODAY.getYear(), new BigDecimal(wage), zero, zero, zero, null, null, null,
                null, null, zero), HELPER);
    }

    void visit(Long id, LocalDate on, boolean foodSecure, boolean clothingSecure) {
        Visit visit = new Visit(id, VisitKind.FOLLOW_UP, on, HELPER);
        visit.observe(foodSecure, clothingSecure, true, HousingGrade.B);
        visits.save(visit);
    }

    void survey(Long id, HousingGrade grade, boolean safeWater) {
        households.updateSurvey(id, new SurveyData(Cause.ILLNESS, List.of(Cause.SKILLS), Attribute.ORDINARY, grade,
                safeWater, new BigDecimal("2.0"), new BigDecimal("5.5")));
    }

    static HouseholdApplication withMember(HouseholdApplication a, int index, UnaryOperator<MemberForm> change) {
        List<MemberForm> members = new ArrayList<>(a.members());
        members.set(index, change.apply(members.get(index)));
        return new HouseholdApplication(a.villageCode(), a.headName(), a.phone(), a.bankAccount(), a.attribute(),
                a.standard(), a.declaredSize(), a.mainCause(), a.secondaryCauses(), members, a.housingGrade(),
                a.safeDrinkingWater(), a.cultivatedLand(), a.roadDistanceKm());
    }

    static MemberForm member(MemberForm m, SchoolingStatus schooling, Boolean medicalInsured) {
        return new MemberForm(m.name(), m.sex(), m.idNumber(), m.relation(), m.ethnicity(), m.education(), schooling,
                m.health(), m.labourAbility(), medicalInsured, m.seriousIllnessInsured(), m.pensionInsured(),
                m.subsistenceAllowance(), m.migrantWorkPlace(), m.migrantMonths(), m.birthDate());
    }

    ProcessInstance start(Long id) {
        return runtimeService.startProcessInstanceByKey(ExitVariables.PROCESS_KEY, id.toString(),
                Map.of("householdId", id));
    }

    ProcessInstance startBefore(Long id, String activityId, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("householdId", id);
        return runtimeService.createProcessInstanceByKey(ExitVariables.PROCESS_KEY)
            .businessKey(id.toString())
            .setVariables(all)
            .startBeforeActivity(activityId)
            .execute();
    }

    static Map<String, Object> appraisal(Object votesFor, Object votesAgainst, String decision, String reason) {
        return Map.of("votesFor", votesFor, "votesAgainst", votesAgainst, "decision", decision, "reason", reason);
    }

    static Map<String, Object> agreement(String decision, LocalDate signedOn, String reason) {
        return Map.of("decision", decision, "signedOn", signedOn.toString(), "reason", reason);
    }

    static String officer(ExitDepartment department) {
        return department.key() + "1";
    }

    void assertRefusedByTheRule(Long id, String indicator) {
        String reason = "failedIndicator=" + indicator;

        ProcessInstance process = start(id);

        process(process).isEnded()
            .hasPassedInOrder("Task_AssessExitEligibility", "Gateway_ExitEligible", "Task_RecordExitRejection",
                    "EndEvent_ExitRejected")
            .hasNotPassed("Task_AppraiseExit");
        assertThat(variable(process, ExitVariables.EXIT_ELIGIBLE)).isEqualTo(false);
        assertThat(variable(process, ExitVariables.FAILED_INDICATOR)).isEqualTo(indicator);
        assertThat(variable(process, ExitVariables.EXIT_APPROVED)).isEqualTo(false);
        assertThat(signOffs.forHousehold(id)).extracting(ExitVerificationProcessTest::signed)
            .containsExactly(tuple(VETO_STEP, "system", "rule", AreaLevel.COUNTY, COUNTY, Decision.REJECT, reason));
        assertThat(signOffs.forHousehold(id)).extracting(SignOff::getProcessInstanceId).containsExactly(process.getId());
        assertStatusKept(id, "system", reason);
    }

    void assertRefusedAfter(ProcessInstance process, String lastStep) {
        process(process).isEnded()
            .hasPassedInOrder(lastStep, "Task_RecordExitRejection", "EndEvent_ExitRejected")
            .hasNotPassed("Task_RecordExit");
        assertThat(variable(process, ExitVariables.EXIT_APPROVED)).isEqualTo(false);
    }

    void assertStatusKept(Long id, String actor, String reason) {
        Household household = households.get(id);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.POOR);
        assertThat(household.getExitDate()).isNull();
        assertThat(household.getBufferEndDate()).isNull();
        assertThat(changed(lastChange(id)))
            .isEqualTo(tuple(HouseholdStatus.POOR, HouseholdStatus.POOR, actor, reason));
    }

    HouseholdStatusChange lastChange(Long id) {
        List<HouseholdStatusChange> changes = statusChanges.findByHouseholdIdOrderByChangedAtAscIdAsc(id);
        return changes.get(changes.size() - 1);
    }

    static Tuple changed(HouseholdStatusChange change) {
        return tuple(change.getFromStatus(), change.getToStatus(), change.getActor(), change.getReason());
    }

    static Tuple signed(SignOff s) {
        return tuple(s.getStep(), s.getActor(), s.getRole(), s.getAreaLevel(), s.getAreaCode(), s.getDecision(),
                s.getReason());
    }

    static Tuple notified(TaskEscalation e) {
        return tuple(e.getTaskKey(), e.getHouseholdId(), e.getLevel(), e.getRecipient(), e.getNotifiedAt());
    }

    Object variable(ProcessInstance process, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(process.getId())
            .variableName(name)
            .singleResult();
        assertThat(variable).as("variable %s", name).isNotNull();
        return variable.getValue();
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId())
            .stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .toList();
    }

    Job timer(ProcessInstance process, String activityId) {
        Job job = managementService.createJobQuery()
            .processInstanceId(process.getId())
            .activityId(activityId)
            .timers()
            .singleResult();
        assertThat(job).as("timer %s", activityId).isNotNull();
        return job;
    }

    Task open(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult();
    }

    static ProcessInstanceAssert process(ProcessInstance process) {
        return BpmnAwareTests.assertThat(process);
    }

    /** The refusal behind a failed completion, however the engine wrapped it. */
    static ValidationException refusal(ThrowingCallable completion) {
        Throwable thrown = catchThrowable(completion);
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof ValidationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("refusal, got %s", thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) cause;
    }

}
