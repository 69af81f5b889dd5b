package org.jingzhun.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A policy change moves nothing already scheduled: a survey task created before it keeps its due date and its
 * reminder timer, one created after it gets the new period.
 */
@IntegrationTest
class PolicyChangeAppliesToNewStepsTest {

    static final String SURVEY = "Task_SurveyHousehold";

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    PolicyAdministration administration;

    @Autowired
    PolicyService policy;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    ProcessSteps steps;

    @Autowired
    DemoAreas areas;

    Period original;

    @BeforeEach
    void fixedClock() {
        areas.ensure();
        ClockUtil.setCurrentTime(Date.from(NOW));
        original = policy.due("survey");
    }

    @AfterEach
    void restore() {
        if (!policy.due("survey").equals(original)) {
            administration.change("due.survey", null, original.toString(), "restored after a test", "test");
        }
        ClockUtil.reset();
    }

    @Test
    void taskCreatedBeforeAChangeKeepsItsDueDateAndOneCreatedAfterGetsTheNewOne() {
        Long before = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_C),
                DemoUsers.cadreOf(DemoAreas.VILLAGE_C));
        Date dueBefore = steps.task(before, SURVEY).getDueDate();
        Date timerBefore = earliestTimer(before);

        administration.change("due.survey", null, original.plusDays(10).toString(), "更长的调查期限", "admin");
        Long after = lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_C),
                DemoUsers.cadreOf(DemoAreas.VILLAGE_C));

        assertThat(steps.task(before, SURVEY).getDueDate()).isEqualTo(dueBefore);
        assertThat(earliestTimer(before)).isEqualTo(timerBefore);
        assertThat(dueBefore.toInstant()).isEqualTo(NOW.plus(original.getDays(), ChronoUnit.DAYS));
        assertThat(steps.task(after, SURVEY).getDueDate().toInstant())
            .isEqualTo(NOW.plus(original.getDays() + 10L, ChronoUnit.DAYS));
        assertThat(earliestTimer(after).toInstant()).isEqualTo(timerBefore.toInstant().plus(10, ChronoUnit.DAYS));
    }

    private Date earliestTimer(Long householdId) {
        return steps.timers(householdId).stream().map(Job::getDuedate).min(Date::compareTo).orElseThrow();
    }

}
