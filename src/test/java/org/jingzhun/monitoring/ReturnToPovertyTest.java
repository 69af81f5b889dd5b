package org.jingzhun.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.jingzhun.monitoring.PostExitFixture.REVIEW;
import static org.jingzhun.monitoring.PostExitFixture.START;
import static org.jingzhun.monitoring.PostExitFixture.WAITING;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.HouseholdStatusChange;
import org.jingzhun.household.HouseholdStatusChangeRepository;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Township review of a suspected return and what follows the return notice. */
@IntegrationTest
class ReturnToPovertyTest {

    static final String REVIEWER = "township-reviewer";

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ApplicationContext context;

    @Autowired
    PostExitFixture fixture;

    @Autowired
    ProcessSteps steps;

    @Autowired
    HouseholdService households;

    @Autowired
    HouseholdStatusChangeRepository statusHistory;

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
    void reviewWhenRejectedThenSignedAndWaitingAgain() {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.returnReviewOpen(id);

        steps.complete(id, REVIEW, REVIEWER, ProcessSteps.reject("收入下降系季节性，已有务工收入"));

        assertThat(instance).hasPassed("Gateway_ReturnConfirmed").hasNotPassed("CallActivity_ReturnNotice")
            .isWaitingAt(WAITING);
        assertThat(runtimeService.getVariable(instance.getId(), PostExitVariables.RETURN_CONFIRMED)).isEqualTo(false);
        assertThat(signOffs.forHousehold(id)).singleElement().satisfies(s -> {
            assertThat(s.getStep()).isEqualTo(REVIEW);
            assertThat(s.getActor()).isEqualTo(REVIEWER);
            assertThat(s.getRole()).isEqualTo("township");
            assertThat(s.getAreaLevel()).isEqualTo(AreaLevel.TOWNSHIP);
            assertThat(s.getAreaCode()).isEqualTo(DemoAreas.TOWNSHIP_FUCHENG);
            assertThat(s.getDecision()).isEqualTo(Decision.REJECT);
            assertThat(s.getReason()).isEqualTo("收入下降系季节性，已有务工收入");
            assertThat(s.getProcessInstanceId()).isEqualTo(instance.getId());
        });
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.EXITED);
    }

    /** Needs PublicNoticeProcess's beans (publishNotice, notices): runs once the notice feature is merged. */
    @Test
    void reviewWhenApprovedThenSignedAndTheReturnNoticeRuns() {
        assumeTrue(context.containsBean("publishNotice") && context.containsBean("notices"),
                "PublicNoticeProcess beans are not in this build");
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.returnReviewOpen(id);

        steps.complete(id, REVIEW, REVIEWER, ProcessSteps.approve("人均收入低于贫困线"));

        assertThat(instance).hasPassed("Gateway_ReturnConfirmed").isWaitingAt("CallActivity_ReturnNotice");
        ProcessInstance notice = calledProcessInstance(instance);
        assertThat(notice).hasProcessDefinitionKey("PublicNoticeProcess").hasBusinessKey(id.toString())
            .hasVariables("noticeId");
        assertThat(runtimeService.getVariable(notice.getId(), "noticeKind")).isEqualTo("RETURN");
        assertThat(runtimeService.getVariable(notice.getId(), "noticeLevel")).isEqualTo("VILLAGE");
        assertThat(signOffs.forHousehold(id)).singleElement().satisfies(s -> {
            assertThat(s.getDecision()).isEqualTo(Decision.APPROVE);
            assertThat(s.getActor()).isEqualTo(REVIEWER);
        });
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.EXITED);
    }

    @Test
    void noticeWhenObjectionNotUpheldThenReturnedToPovertySignedByTheReviewer() {
        Long id = fixture.exitedHousehold();
        approvedReview(id, "人均收入低于贫困线");

        ProcessInstance instance = fixture.startBefore(id, "Gateway_ReturnObjectionUpheld",
                Map.of("objectionUpheld", false));

        assertThat(instance).hasPassed("Task_RecordReturnToPoverty", "EndEvent_ReturnedToPoverty").isEnded();
        assertThat(fixture.variable(instance, PostExitVariables.RETURNED_TO_POVERTY)).isEqualTo(true);
        Household household = households.get(id);
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.RETURNED);
        assertThat(household.getBufferEndDate()).isNull();
        List<HouseholdStatusChange> history = statusHistory.findByHouseholdIdOrderByChangedAtAscIdAsc(id);
        assertThat(history).extracting(HouseholdStatusChange::getToStatus)
            .containsExactly(HouseholdStatus.APPLIED, HouseholdStatus.POOR, HouseholdStatus.EXITED,
                    HouseholdStatus.RETURNED);
        assertThat(history).last().satisfies(change -> {
            assertThat(change.getFromStatus()).isEqualTo(HouseholdStatus.EXITED);
            assertThat(change.getActor()).isEqualTo(REVIEWER);
            assertThat(change.getReason()).startsWith("人均收入低于贫困线").contains("2025-03-10").contains("year 2025");
        });
    }

    @Test
    void noticeWhenObjectionUpheldThenWaitingAgainAndStillExited() {
        Long id = fixture.exitedHousehold();

        ProcessInstance instance = fixture.startBefore(id, "Gateway_ReturnObjectionUpheld",
                Map.of("objectionUpheld", true));

        assertThat(instance).hasNotPassed("Task_RecordReturnToPoverty").isWaitingAt(WAITING);
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.EXITED);
    }

    @Test
    void recordReturnWhenNoReviewApprovedThenRefused() {
        Long id = fixture.exitedHousehold();

        assertThatThrownBy(() -> fixture.startBefore(id, "Gateway_ReturnObjectionUpheld",
                Map.of("objectionUpheld", false)))
            .hasMessageContaining("no approved return review");

        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.EXITED);
    }

    /** The township's approval of the return, as Task_ReviewReturnToPoverty signs it before the notice. */
    private SignOff approvedReview(Long id, String reason) {
        return signOffs.record(id, REVIEW, REVIEWER, "township", AreaLevel.TOWNSHIP, DemoAreas.TOWNSHIP_FUCHENG,
                Decision.APPROVE, reason, null, null);
    }

}
