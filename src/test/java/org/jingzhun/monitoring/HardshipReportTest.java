package org.jingzhun.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.jingzhun.monitoring.PostExitFixture.CADRES;
import static org.jingzhun.monitoring.PostExitFixture.HELPER;
import static org.jingzhun.monitoring.PostExitFixture.INVESTIGATE;
import static org.jingzhun.monitoring.PostExitFixture.REVIEW;
import static org.jingzhun.monitoring.PostExitFixture.START;
import static org.jingzhun.monitoring.PostExitFixture.TODAY;
import static org.jingzhun.monitoring.PostExitFixture.VISIT;
import static org.jingzhun.monitoring.PostExitFixture.WAITING;
import static org.jingzhun.monitoring.PostExitFixture.visit;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.jingzhun.assistance.VisitKind;
import org.jingzhun.assistance.VisitRepository;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hardship reports: an investigation when the process waits, otherwise counted at the next assessment. */
@IntegrationTest
class HardshipReportTest {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    PostExitFixture fixture;

    @Autowired
    ProcessSteps steps;

    @Autowired
    HouseholdService households;

    @Autowired
    VisitRepository visits;

    @Autowired
    HardshipService hardships;

    @Autowired
    HardshipReportRepository hardshipReports;

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
    void hardshipWhenWaitingThenInvestigationAndTheAssessmentCountsAndHandlesIt() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);
        steps.complete(id, VISIT, HELPER, visit("8000"));
        assertThat(instance).isWaitingAt(WAITING);

        HardshipReport report = hardships.report(id, HardshipType.ILLNESS, "户主突发脑溢血住院", "household");

        assertThat(instance).isWaitingAt(INVESTIGATE);
        assertThat(task(instance)).isAssignedTo(HELPER)
            .hasCandidateGroupAssociated(CADRES);
        assertThat(hardshipReports.findById(report.getId())).get().satisfies(r -> {
            assertThat(r.isHandled()).isFalse();
            assertThat(r.getReportedBy()).isEqualTo("household");
            assertThat(r.getReportedAt()).isEqualTo(START);
        });

        steps.complete(id, INVESTIGATE, HELPER, Map.of("hardshipType", "ILLNESS", "incomeEstimate", 8000,
                "description", "住院费用约三万元，医保报销后自付一万元"));

        assertThat(fixture.riskLevel(instance)).isEqualTo("MONITOR");
        assertThat(instance).hasPassed("Task_StartMonitoring").isWaitingAt(WAITING);
        assertThat(hardshipReports.findById(report.getId())).get().extracting(HardshipReport::isHandled)
            .isEqualTo(true);
        assertThat(visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(id)).first().satisfies(v -> {
            assertThat(v.getKind()).isEqualTo(VisitKind.HARDSHIP);
            assertThat(v.getVisitor()).isEqualTo(HELPER);
            assertThat(v.getVisitedOn()).isEqualTo(TODAY);
            assertThat(v.getIncomeEstimate()).isEqualByComparingTo("8000");
            assertThat(v.getFindings()).isEqualTo("ILLNESS: 住院费用约三万元，医保报销后自付一万元");
            assertThat(v.getFoodSecure()).isNull();
        });
        assertThat(households.get(id).isMonitored()).isTrue();
    }

    @Test
    void hardshipInvestigationWhenIncomeFellBelowTheLineThenReturnReview() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);
        steps.complete(id, VISIT, HELPER, visit("8000"));
        hardships.report(id, HardshipType.DISASTER, "冰雹毁坏全部作物", "cadre");

        steps.complete(id, INVESTIGATE, HELPER, Map.of("hardshipType", "DISASTER", "incomeEstimate", "3500",
                "description", "全年种植收入绝收"));

        assertThat(fixture.riskLevel(instance)).isEqualTo("RETURN");
        assertThat(instance).isWaitingAt(REVIEW);
    }

    @Test
    void hardshipWhenNotWaitingThenStoredAndCountedAtTheNextAssessment() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);

        HardshipReport report = hardships.report(id, HardshipType.UNEMPLOYMENT, "务工企业停产", "cadre");

        assertThat(instance).isWaitingAt(VISIT);
        assertThat(steps.openKeys(id)).containsExactly(VISIT);
        assertThat(hardshipReports.findById(report.getId())).get().extracting(HardshipReport::isHandled)
            .isEqualTo(false);

        steps.complete(id, VISIT, HELPER, visit("8000"));

        assertThat(fixture.riskLevel(instance)).isEqualTo("MONITOR");
        assertThat(hardshipReports.findById(report.getId())).get().extracting(HardshipReport::isHandled)
            .isEqualTo(true);
        assertThat(households.get(id).isMonitored()).isTrue();
    }

    @Test
    void hardshipWhenNoProcessRunsThenStoredWithoutError() {
        Long id = fixture.exitedHousehold();

        HardshipReport report = hardships.report(id, HardshipType.ACCIDENT, "车祸受伤", "cadre");

        assertThat(hardshipReports.findByHouseholdIdAndHandledFalseOrderByReportedAt(id))
            .extracting(HardshipReport::getId).containsExactly(report.getId());
    }

    @Test
    void hardshipWhenHouseholdNotExitedThenRefusedAndNothingStored() {
        Long id = fixture.registeredHousehold();

        assertThatThrownBy(() -> hardships.report(id, HardshipType.ILLNESS, "住院", "cadre"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.codes())
                .containsExactly("validation.hardship.notInBuffer"));

        assertThat(hardshipReports.findByHouseholdIdOrderByReportedAtDesc(id)).isEmpty();
    }

    @Test
    void hardshipWithoutTypeOrDescriptionThenRefusedAndNothingStored() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.start(id);

        assertThatThrownBy(() -> hardships.report(id, null, "  ", "cadre"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .extracting(Violation::field).containsExactly("hardshipType", "description"));

        assertThat(hardshipReports.findByHouseholdIdOrderByReportedAtDesc(id)).isEmpty();
        assertThat(instance).isWaitingAt(WAITING);
    }

}
