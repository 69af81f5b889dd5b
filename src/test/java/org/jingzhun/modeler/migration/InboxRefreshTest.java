package org.jingzhun.modeler.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.InboxReconciler;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The per-instance refresh a migration relies on: the instance's rows are rewritten from its tasks as they are. */
@IntegrationTest
class InboxRefreshTest {

    @Autowired
    InboxReconciler reconciler;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    ProcessSteps steps;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoAreas areas;

    @Test
    void refreshWhenRowsAreStaleThenTheyTakeTheTasksKeyAndNameAndRowsOfGoneTasksLeave() {
        areas.ensure();
        Long household = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_C),
                DemoUsers.cadreOf(DemoAreas.VILLAGE_C));
        var survey = steps.task(household, "Task_SurveyHousehold");
        jdbc.update("update inbox_task set task_key = 'Task_Old', name = 'old' where task_id = ?", survey.getId());
        jdbc.update("""
                insert into inbox_task (task_id, task_key, candidate_groups, created_at, priority, process_instance_id,
                    household_id)
                values ('refresh-gone', 'Task_Old', ',', current_timestamp, 50, ?, ?)""",
                survey.getProcessInstanceId(), household);

        reconciler.refresh(survey.getProcessInstanceId());

        assertThat(jdbc.queryForMap("select task_key, name from inbox_task where task_id = ?", survey.getId()))
            .containsEntry("TASK_KEY", "Task_SurveyHousehold")
            .containsEntry("NAME", survey.getName());
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where task_id = 'refresh-gone'", Long.class))
            .isZero();
        InboxAssertions.matchesEngine(jdbc, taskService, household);
    }

}
