package org.jingzhun.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jingzhun.monitoring.PostExitFixture.COUNTY;
import static org.jingzhun.monitoring.PostExitFixture.HELPER;
import static org.jingzhun.monitoring.PostExitFixture.START;
import static org.jingzhun.monitoring.PostExitFixture.TOWNSHIP;

import java.time.Period;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.workflow.EscalationLevel;
import org.jingzhun.workflow.TaskEscalation;
import org.jingzhun.workflow.TaskEscalationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PostExitEscalationTest {

    @Autowired
    PostExitFixture fixture;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskEscalationRepository escalations;

    @BeforeEach
    void setClock() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Reminder to whoever holds the task when it falls due, escalation to the supervising level 3 days later. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Task_VisitExitedHousehold, VisitExitedHousehold, 10, helper, township",
        "Task_InvestigateHardship,  InvestigateHardship,  5,  helper, township",
        "Task_ReviewReturnToPoverty, ReviewReturnToPoverty, 15, township, county" })
    void userTaskWhenOverdueThenRemindedThenEscalatedAndStillOpen(String taskKey, String shortName, int dueDays,
            String reminded, String escalated) {
        Long id = fixture.exitedHousehold();
        ProcessInstance instance = fixture.startBefore(id, taskKey, Map.of());
        Task task = task(instance, taskKey);
        assertThat(task.getDueDate()).isEqualTo(PostExitFixture.plus(START, Period.ofDays(dueDays)));
        assertThat(fixture.timer(instance, "BoundaryEvent_" + shortName + "Due").getDuedate())
            .isEqualTo(PostExitFixture.plus(START, Period.ofDays(dueDays)));
        assertThat(fixture.timer(instance, "BoundaryEvent_" + shortName + "Escalated").getDuedate())
            .isEqualTo(PostExitFixture.plus(START, Period.ofDays(dueDays + 3)));

        ClockUtil.setCurrentTime(PostExitFixture.plus(START, Period.ofDays(dueDays)));
        fixture.fire(instance, "BoundaryEvent_" + shortName + "Due");

        assertThat(escalations.findByTaskIdOrderByNotifiedAt(task.getId())).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(EscalationLevel.REMINDER);
            assertThat(e.getRecipient()).isEqualTo(recipient(reminded));
            assertThat(e.getTaskKey()).isEqualTo(taskKey);
            assertThat(e.getHouseholdId()).isEqualTo(id);
        });
        assertThat(task(instance, taskKey).getPriority()).isEqualTo(60);

        ClockUtil.setCurrentTime(PostExitFixture.plus(START, Period.ofDays(dueDays + 3)));
        fixture.fire(instance, "BoundaryEvent_" + shortName + "Escalated");

        assertThat(escalations.findByTaskIdOrderByNotifiedAt(task.getId()))
            .extracting(TaskEscalation::getLevel, TaskEscalation::getRecipient)
            .containsExactly(tuple(EscalationLevel.REMINDER, recipient(reminded)),
                tuple(EscalationLevel.ESCALATION, recipient(escalated)));
        Task open = task(instance, taskKey);
        assertThat(open.getId()).isEqualTo(task.getId());
        assertThat(open.getPriority()).isEqualTo(80);
    }

    private Task task(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    }

    private static String recipient(String who) {
        return switch (who) {
            case "helper" -> HELPER;
            case "township" -> TOWNSHIP;
            case "county" -> COUNTY;
            default -> throw new IllegalArgumentException(who);
        };
    }

}
