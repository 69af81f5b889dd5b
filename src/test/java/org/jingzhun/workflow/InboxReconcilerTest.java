package org.jingzhun.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.InboxAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database from before the read model (or one changed by hand) is brought in line with the engine at start-up. */
@IntegrationTest
class InboxReconcilerTest {

    @Autowired
    InboxReconciler reconciler;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    HouseholdService households;

    @Autowired
    ProcessSteps steps;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoAreas areas;

    @Test
    void reconcileAddsTheRowsOfOpenTasksAndDropsTheRowsOfTasksThatAreGone() {
        areas.ensure();
        Long id = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_C),
                DemoUsers.cadreOf(DemoAreas.VILLAGE_C));
        Household household = households.get(id);
        String taskId = steps.task(household.getId(), "Task_SurveyHousehold").getId();
        jdbc.update("delete from inbox_task where task_id = ?", taskId);
        jdbc.update("""
                insert into inbox_task (task_id, task_key, candidate_groups, created_at, priority)
                values ('reconcile-gone', 'Task_SurveyHousehold', ',', current_timestamp, 50)""");

        reconciler.reconcile();

        assertThat(jdbc.queryForMap("select * from inbox_task where task_id = ?", taskId))
            .containsEntry("HOUSEHOLD_NUMBER", household.getHouseholdNumber())
            .containsEntry("VILLAGE_CODE", DemoAreas.VILLAGE_C)
            .containsEntry("STAGE", "IDENTIFICATION")
            .containsEntry("CANDIDATE_GROUPS", "," + AreaGroups.cadres(DemoAreas.VILLAGE_C) + ",");
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where task_id = 'reconcile-gone'", Long.class))
            .isZero();
        InboxAssertions.matchesEngine(jdbc, taskService);
    }

}
