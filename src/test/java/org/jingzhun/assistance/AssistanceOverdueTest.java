package org.jingzhun.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jingzhun.assistance.AssistanceSteps.row;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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

/**
 * Every user task of the AssistanceProcess: the reminder fires when the policy's due duration has passed and goes
 * to the task's assignee (or its groups), the escalation 3 days later goes to the supervising level; both leave the
 * task open with a raised priority. The multi-instance delivery has one pair of timers for all its tasks.
 */
@IntegrationTest
class AssistanceOverdueTest {

    static final Instant START = Instant.parse("2025-06-15T02:00:00Z");

    @Autowired
    AssistanceSteps assistance;

    @Autowired
    MeasureService measureService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskEscalationRepository escalations;

    Long householdId;

    @BeforeEach
    void registeredHouseholdAtStart() {
        ClockUtil.setCurrentTime(Date.from(START));
        householdId = assistance.registeredHousehold();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Task_PlanMeasures,   PlanMeasures,   15, 1, helper-wang,                  township-622922100000",
            "Task_ApprovePlan,    ApprovePlan,     7, 1, township-622922100000,        county-622922000000",
            "Task_DeliverMeasure, DeliverMeasure, 60, 2, helper-wang,                  township-622922100000",
            "Task_RecordIncome,   RecordIncome,   15, 1, helper-wang,                  township-622922100000",
            "Task_VisitHousehold, VisitHousehold, 10, 1, helper-wang,                  township-622922100000" })
    void taskWhenOverdueThenRemindedAndWhenStillOpenThreeDaysLaterThenEscalated(String taskKey, String shortName,
            int dueDays, int openTasks, String remindee, String supervisors) {
        measureService.plan(householdId, List.of(row("HEALTH", "代缴医保", 300, "2025-06-15", null),
                row("EMPLOYMENT", "公益性岗位", 6000, "2025-06-15", null)), null, AssistanceSteps.HELPER);
        ProcessInstance instance = assistance.startBefore(householdId,
                taskKey.equals("Task_DeliverMeasure") ? taskKey + "#multiInstanceBody" : taskKey);
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(tasks).hasSize(openTasks).allSatisfy(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
            assertThat(task.getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(dueDays))));
        });
        Job reminder = timer(instance, "BoundaryEvent_" + shortName + "Due");
        Job escalation = timer(instance, "BoundaryEvent_" + shortName + "Escalated");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(dueDays))));
        assertThat(escalation.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(dueDays + 3))));

        ClockUtil.setCurrentTime(reminder.getDuedate());
        managementService.executeJob(reminder.getId());

        assertThat(escalationsOf(tasks)).extracting(TaskEscalation::getTaskKey, TaskEscalation::getLevel,
                TaskEscalation::getRecipient, TaskEscalation::getHouseholdId)
            .containsOnly(tuple(taskKey, EscalationLevel.REMINDER, remindee, householdId))
            .hasSize(openTasks);
        assertThat(stillOpen(instance, tasks)).extracting(Task::getPriority).containsOnly(60);

        ClockUtil.setCurrentTime(escalation.getDuedate());
        managementService.executeJob(escalation.getId());

        assertThat(escalationsOf(tasks)).filteredOn(e -> e.getLevel() == EscalationLevel.ESCALATION)
            .extracting(TaskEscalation::getTaskKey, TaskEscalation::getRecipient, TaskEscalation::getNotifiedAt)
            .containsOnly(tuple(taskKey, supervisors, escalation.getDuedate().toInstant()))
            .hasSize(openTasks);
        assertThat(stillOpen(instance, tasks)).extracting(Task::getPriority).containsOnly(80);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).list()).isEmpty();
    }

    private Job timer(ProcessInstance instance, String boundaryEvent) {
        return managementService.createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(boundaryEvent)
            .timers()
            .singleResult();
    }

    private List<TaskEscalation> escalationsOf(List<Task> tasks) {
        return tasks.stream()
            .flatMap(task -> escalations.findByTaskIdOrderByNotifiedAt(task.getId()).stream())
            .toList();
    }

    private List<Task> stillOpen(ProcessInstance instance, List<Task> tasks) {
        List<Task> open = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(
                tasks.stream().map(Task::getId).toList());
        return open;
    }

}
