package org.jingzhun.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.jingzhun.monitoring.PostExitFixture.HELPER;
import static org.jingzhun.monitoring.PostExitFixture.INVESTIGATE;
import static org.jingzhun.monitoring.PostExitFixture.REVIEW;
import static org.jingzhun.monitoring.PostExitFixture.START;
import static org.jingzhun.monitoring.PostExitFixture.TODAY;
import static org.jingzhun.monitoring.PostExitFixture.VISIT;
import static org.jingzhun.monitoring.PostExitFixture.validation;
import static org.jingzhun.monitoring.PostExitFixture.visit;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.jingzhun.assistance.VisitRepository;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invalid form values fail the completion and change nothing. */
@IntegrationTest
class PostExitValidationTest {

    static final String REVIEWER = "township-reviewer";

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
    VisitRepository visits;

    @Autowired
    HardshipService hardships;

    @Autowired
    HardshipReportRepository hardshipReports;

    @Autowired
    SignOffService signOffs;

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
    void visitWhenValuesInvalidThenRefusedAndNothingStored() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);
        Map<String, Object> values = new HashMap<>(visit("-1"));
        values.remove("visitedOn");
        values.put("housingGrade", "E");

        assertThatThrownBy(() -> steps.complete(id, VISIT, HELPER, values))
            .satisfies(e -> assertThat(validation(e).getViolations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("visitedOn", "incomeEstimate", "housingGrade"));

        assertThat(instance).isWaitingAt(VISIT);
        assertThat(visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(id)).isEmpty();
        assertThat(households.livingConditions(id).getHousingGrade()).isEqualTo(HousingGrade.B);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey(PostExitVariables.RISK_LEVEL);
    }

    @Test
    void visitWhenDatedInTheFutureOrIncomeNotANumberThenRefused() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.visitDue(id);
        Map<String, Object> values = visit("8000");
        values.put("visitedOn", TODAY.plusDays(1).toString());
        values.put("incomeEstimate", "很多");

        assertThatThrownBy(() -> steps.complete(id, VISIT, HELPER, values))
            .satisfies(e -> assertThat(validation(e).codes())
                .containsExactlyInAnyOrder("validation.visitedOn.future", "validation.number"));

        assertThat(instance).isWaitingAt(VISIT);
        assertThat(visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(id)).isEmpty();
    }

    @Test
    void investigationWhenValuesInvalidThenRefusedAndNothingStored() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.start(id);
        HardshipReport report = hardships.report(id, HardshipType.ILLNESS, "住院", "cadre");

        assertThatThrownBy(() -> steps.complete(id, INVESTIGATE, HELPER,
                Map.of("hardshipType", "FLOOD", "incomeEstimate", -5)))
            .satisfies(e -> assertThat(validation(e).getViolations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("hardshipType", "incomeEstimate", "description"));

        assertThat(instance).isWaitingAt(INVESTIGATE);
        assertThat(visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(id)).isEmpty();
        assertThat(hardshipReports.findById(report.getId())).get().extracting(HardshipReport::isHandled)
            .isEqualTo(false);
    }

    @Test
    void reviewWhenDecisionOrReasonMissingThenRefusedAndNotSigned() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.returnReviewOpen(id);

        assertThatThrownBy(() -> steps.complete(id, REVIEW, REVIEWER, Map.of("decision", "maybe")))
            .satisfies(e -> assertThat(validation(e).getViolations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("decision", "reason"));

        assertThat(instance).isWaitingAt(REVIEW);
        assertThat(signOffs.forHousehold(id)).isEmpty();
    }

}
