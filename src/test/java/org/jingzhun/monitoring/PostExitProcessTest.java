package org.jingzhun.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.jingzhun.monitoring.PostExitFixture.CADRES;
import static org.jingzhun.monitoring.PostExitFixture.HELPER;
import static org.jingzhun.monitoring.PostExitFixture.REVIEW;
import static org.jingzhun.monitoring.PostExitFixture.START;
import static org.jingzhun.monitoring.PostExitFixture.TODAY;
import static org.jingzhun.monitoring.PostExitFixture.TOWNSHIP;
import static org.jingzhun.monitoring.PostExitFixture.VISIT;
import static org.jingzhun.monitoring.PostExitFixture.VISIT_TIMER;
import static org.jingzhun.monitoring.PostExitFixture.WAITING;
import static org.jingzhun.monitoring.PostExitFixture.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.jingzhun.assistance.Visit;
import org.jingzhun.assistance.VisitKind;
import org.jingzhun.assistance.VisitRepository;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.HouseholdStatusChangeRepository;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.LabourAbility;
import org.jingzhun.household.MemberRepository;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Visits, risk assessment, monitoring and the end of the buffer period. */
@IntegrationTest
class PostExitProcessTest {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    PostExitFixture fixture;

    @Autowired
    ProcessSteps steps;

    @Autowired
    HouseholdService households;

    @Autowired
    HouseholdStatusChangeRepository statusHistory;

    @Autowired
    VisitRepository visits;

    @Autowired
    IncomeService incomes;

    @Autowired
    MemberRepository members;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void startWhenExitedThenWaitsForTheVisitTimerDueAfterTheVisitInterval() {
        Long id = fixture.exitedHousehold();

        ProcessInstance instance = fixture.start(id);

        assertThat(instance).isWaitingAt(WAITING);
        assertThat(fixture.timer(instance, VISIT_TIMER).getDuedate())
            .isEqualTo(PostExitFixture.plus(START, Period.ofMonths(3)));
        fixture.fire(instance, VISIT_TIMER);
        assertThat(instance).isWaitingAt(VISIT);
        assertThat(task(instance)).isAssignedTo(HELPER)
            .hasCandidateGroupAssociated(CADRES);
    }

    @Test
    void visitWhenIncomeAboveTheMonitoringLineThenNoRiskAndWaitingAgain() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);

        steps.complete(id, VISIT, HELPER, visit("8000", "A"));

        assertThat(instance).hasPassed("Task_AssessReturnRisk").hasNotPassed("Task_StartMonitoring")
            .isWaitingAt(WAITING);
        assertThat(fixture.riskLevel(instance)).isEqualTo("NONE");
        assertThat(visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(id)).singleElement().satisfies(v -> {
            assertThat(v.getKind()).isEqualTo(VisitKind.POST_EXIT);
            assertThat(v.getVisitor()).isEqualTo(HELPER);
            assertThat(v.getVisitedOn()).isEqualTo(TODAY);
            assertThat(v.getIncomeEstimate()).isEqualByComparingTo("8000");
            assertThat(v.getFoodSecure()).isTrue();
            assertThat(v.getHousingGrade()).isEqualTo(HousingGrade.A);
            assertThat(v.getFindings()).isEqualTo("家中情况稳定");
        });
        assertThat(households.livingConditions(id).getHousingGrade()).isEqualTo(HousingGrade.A);
        assertThat(households.get(id).isMonitored()).isFalse();
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.EXITED);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("incomeEstimate", "visitedOn",
                "housingGrade", "findings");
    }

    @Test
    void visitWhenIncomeBetweenPovertyAndMonitoringLineThenMonitoringStarts() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);

        steps.complete(id, VISIT, HELPER, visit("5000"));

        assertThat(fixture.riskLevel(instance)).isEqualTo("MONITOR");
        assertThat(instance).hasPassed("Task_StartMonitoring").isWaitingAt(WAITING);
        Household household = households.get(id);
        assertThat(household.isMonitored()).isTrue();
        assertThat(household.getMonitoringSince()).isEqualTo(TODAY);
    }

    @Test
    void visitWhenIncomeAtTheMonitoringLineThenMonitoring() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);

        steps.complete(id, VISIT, HELPER, visit("6000"));

        assertThat(fixture.riskLevel(instance)).isEqualTo("MONITOR");
    }

    @Test
    void noRiskWhenMonitoredSixMonthsThenMonitoringEndsButNotBefore() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);
        steps.complete(id, VISIT, HELPER, visit("5000"));
        assertThat(households.get(id).getMonitoringSince()).isEqualTo(TODAY);

        fixture.visitOn(instance, id, Instant.parse("2025-08-10T04:00:00Z"), "8000");

        assertThat(fixture.riskLevel(instance)).isEqualTo("NONE");
        assertThat(households.get(id).isMonitored()).isTrue();
        assertThat(households.get(id).getMonitoringSince()).isEqualTo(TODAY);

        fixture.visitOn(instance, id, Instant.parse("2025-09-10T04:00:00Z"), "8000");

        assertThat(fixture.riskLevel(instance)).isEqualTo("NONE");
        assertThat(households.get(id).isMonitored()).isFalse();
        assertThat(households.get(id).getRiskEliminatedOn()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(households.get(id).getMonitoringSince()).isEqualTo(TODAY);
        assertThat(instance).isWaitingAt(WAITING);
    }

    @Test
    void repeatedMonitorFindingThenMonitoringSinceStays() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);
        steps.complete(id, VISIT, HELPER, visit("5000"));

        fixture.visitOn(instance, id, Instant.parse("2025-06-10T04:00:00Z"), "5500");

        assertThat(fixture.riskLevel(instance)).isEqualTo("MONITOR");
        assertThat(households.get(id).getMonitoringSince()).isEqualTo(TODAY);
    }

    @Test
    void noRiskWhenNobodyCanWorkThenMonitoringStaysAfterSixMonths() {
        Long id = fixture.exitedHousehold();
        members.findByHouseholdIdOrderById(id).forEach(member -> {
            member.setLabourAbility(LabourAbility.LOST);
            members.save(member);
        });
        ProcessInstance instance = fixture.visitDue(id);
        steps.complete(id, VISIT, HELPER, visit("5000"));

        fixture.visitOn(instance, id, Instant.parse("2025-09-10T04:00:00Z"), "8000");

        assertThat(fixture.riskLevel(instance)).isEqualTo("NONE");
        assertThat(households.get(id).isMonitored()).isTrue();
    }

    @Test
    void visitWhenIncomeAtThePovertyLineThenReturnReviewByTheTownship() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);

        steps.complete(id, VISIT, HELPER, visit("4000"));

        assertThat(fixture.riskLevel(instance)).isEqualTo("RETURN");
        assertThat(instance).isWaitingAt(REVIEW);
        assertThat(task(instance))
            .hasCandidateGroup(TOWNSHIP)
            .isNotAssigned()
            .hasDueDate(PostExitFixture.plus(START, Period.ofDays(15)));
        assertThat(households.get(id).isMonitored()).isFalse();
    }

    @Test
    void visitWhenHousingGradeCThenVetoFailsAndReturnReview() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);

        steps.complete(id, VISIT, HELPER, visit("9000", "C"));

        assertThat(fixture.riskLevel(instance)).isEqualTo("RETURN");
        assertThat(instance).isWaitingAt(REVIEW);
        assertThat(households.livingConditions(id).getHousingGrade()).isEqualTo(HousingGrade.C);
        assertThat(households.livingConditions(id).isHousingSafe()).isFalse();
    }

    @Test
    void visitWhenWaterUnsafeThenVetoFailsAndLivingConditionsSayIt() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);
        Map<String, Object> values = visit("9000");
        values.put("safeDrinkingWater", false);

        steps.complete(id, VISIT, HELPER, values);

        assertThat(fixture.riskLevel(instance)).isEqualTo("RETURN");
        assertThat(households.livingConditions(id).isSafeDrinkingWater()).isFalse();
    }

    @Test
    void assessmentWhenNoIncomeKnownThenEmptyRuleResultMeansMonitor() {
        Long id = fixture.exitedHousehold();
        Visit followUp = new Visit(id, VisitKind.FOLLOW_UP, TODAY, HELPER);
        followUp.observe(true, true, true, HousingGrade.B);
        visits.save(followUp);

        ProcessInstance instance = fixture.startBefore(id, "Task_AssessReturnRisk", Map.of());

        assertThat(fixture.riskLevel(instance)).isEqualTo("MONITOR");
        assertThat(instance).hasPassed("Task_StartMonitoring").isWaitingAt(WAITING);
    }

    @Test
    void assessmentWhenNoVisitEstimatedThenTheLatestIncomeRecordCounts() {
        Long id = fixture.exitedHousehold();
        Visit followUp = new Visit(id, VisitKind.FOLLOW_UP, TODAY, HELPER);
        followUp.observe(true, true, true, HousingGrade.B);
        visits.save(followUp);
        // 30,000 for three members: 10,000 per head, above the monitoring line.
        incomes.record(id, new IncomeEntry(2024, new BigDecimal("30000"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, null, null, null, BigDecimal.ZERO), "cadre");

        ProcessInstance instance = fixture.startBefore(id, "Task_AssessReturnRisk", Map.of());

        assertThat(fixture.riskLevel(instance)).isEqualTo("NONE");
    }

    @Test
    void bufferEndTimerWhenDueThenStableExit() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.start(id);

        assertThat(fixture.timer(instance, "TimerEvent_BufferEnded").getDuedate())
            .isEqualTo(Date.from(LocalDate.of(2030, 3, 10).atStartOfDay(Today.ZONE).toInstant()))
            .isEqualTo(Date.from(Instant.parse("2030-03-09T16:00:00Z")));
        fixture.fire(instance, "TimerEvent_BufferEnded");

        assertThat(instance).hasPassed("Task_RecordStableExit", "EndEvent_StableExit").isEnded();
        assertThat(fixture.variable(instance, PostExitVariables.RETURNED_TO_POVERTY)).isEqualTo(false);
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.STABLE);
        assertThat(statusHistory.findByHouseholdIdOrderByChangedAtAscIdAsc(id)).last().satisfies(change -> {
            assertThat(change.getFromStatus()).isEqualTo(HouseholdStatus.EXITED);
            assertThat(change.getToStatus()).isEqualTo(HouseholdStatus.STABLE);
            assertThat(change.getActor()).isEqualTo("system");
        });
        assertThat(fixture.timer(instance, VISIT_TIMER)).isNull();
    }

    @Test
    void startWhenHouseholdHasNotExitedThenRefusedWithAClearMessage() {
        Long id = fixture.registeredHousehold();

        assertThatThrownBy(() -> fixture.start(id)).hasMessageContaining("has no buffer end date")
            .hasMessageContaining("status POOR");

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count())
            .isZero();
    }

}
