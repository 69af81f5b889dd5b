package org.jingzhun.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.FixedClock;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.ValidationException;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A task completed through the engine leaves its task_record row in the same transaction, on time or late. */
@IntegrationTest
@ExtendWith(FixedClock.class)
class TaskRecordTest {

    static final String SURVEY = "Task_SurveyHousehold";

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ProcessSteps steps;

    @Autowired
    JdbcTemplate jdbc;

    String village;

    String user;

    @BeforeEach
    void villageOfItsOwn() {
        String county = fixture.county();
        village = AssessmentFixture.village(fixture.township(county, 1));
        user = "asm-recorder-" + county.substring(4, 6);
        AssessmentFixture.at(LocalDate.of(2025, 3, 3));
    }

    /** The survey task of a newly applied household, due in ten days (policy due.survey). */
    Task openSurvey(Long householdId) {
        return steps.task(householdId, SURVEY);
    }

    Map<String, Object> record(String taskId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from task_record where task_id = ?", taskId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    static Map<String, Object> survey() {
        Map<String, Object> values = new HashMap<>();
        values.put("incomeYear", 2025);
        values.put("wageIncome", 3000);
        values.put("businessIncome", 1000);
        values.put("propertyIncome", 0);
        values.put("transferIncome", 600);
        values.put("businessExpenses", 400);
        values.put("housingGrade", "B");
        values.put("safeDrinkingWater", true);
        values.put("mainCause", "ILLNESS");
        values.put("secondaryCauses", List.of("SKILLS"));
        values.put("attribute", "ORDINARY");
        values.put("surveyNotes", "入户核实");
        return values;
    }

    static OffsetDateTime timestamp(Object value) {
        return value instanceof OffsetDateTime odt ? odt : ((java.sql.Timestamp) value).toInstant().atOffset(
                java.time.ZoneOffset.UTC);
    }

    @Test
    void completionBeforeTheDueDateIsRecordedOnTime() {
        Long id = lifecycle.apply(TestHouseholds.application(village), user);
        Task task = openSurvey(id);
        Date due = task.getDueDate();
        ClockUtil.setCurrentTime(Date.from(due.toInstant().minus(Duration.ofDays(1))));

        workflow.complete(task.getId(), survey(), user);

        Map<String, Object> row = record(task.getId());
        assertThat(row).containsEntry("TASK_KEY", SURVEY)
            .containsEntry("PROCESS_KEY", "IdentificationProcess")
            .containsEntry("PROCESS_INSTANCE_ID", task.getProcessInstanceId())
            .containsEntry("HOUSEHOLD_ID", id)
            .containsEntry("VILLAGE_CODE", village)
            .containsEntry("CANDIDATE_AREA", village)
            .containsEntry("COMPLETED_BY", user)
            .containsEntry("ON_TIME", true);
        assertThat(timestamp(row.get("DUE_AT")).toInstant()).isEqualTo(due.toInstant());
        assertThat(timestamp(row.get("COMPLETED_AT")).toInstant())
            .isEqualTo(due.toInstant().minus(Duration.ofDays(1)));
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where task_id = ?", Integer.class,
                task.getId())).isZero();
    }

    @Test
    void completionAtTheDueMinuteIsOnTimeAndAfterItLate() {
        Task atDue = openSurvey(lifecycle.apply(TestHouseholds.application(village), user));
        Task late = openSurvey(lifecycle.apply(TestHouseholds.application(village), user));

        ClockUtil.setCurrentTime(atDue.getDueDate());
        workflow.complete(atDue.getId(), survey(), user);
        ClockUtil.setCurrentTime(Date.from(late.getDueDate().toInstant().plus(Duration.ofMinutes(1))));
        workflow.complete(late.getId(), survey(), user);

        assertThat(record(atDue.getId())).containsEntry("ON_TIME", true);
        assertThat(record(late.getId())).containsEntry("ON_TIME", false);
    }

    @Test
    void refusedCompletionLeavesNoRecord() {
        Task task = openSurvey(lifecycle.apply(TestHouseholds.application(village), user));
        Map<String, Object> invalid = survey();
        invalid.remove("mainCause");

        assertThatThrownBy(() -> workflow.complete(task.getId(), invalid, user))
            .isInstanceOf(ValidationException.class);

        assertThat(jdbc.queryForObject("select count(*) from task_record where task_id = ?", Integer.class,
                task.getId())).isZero();
    }

}
