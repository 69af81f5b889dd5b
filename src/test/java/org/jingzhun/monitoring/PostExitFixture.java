package org.jingzhun.monitoring;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Exited households in their buffer period and the post-exit process around them. */
@Component
class PostExitFixture {

    /** Noon in Asia/Shanghai, so calendar arithmetic in any JVM zone lands on the same dates. */
    static final Instant START = Instant.parse("2025-03-10T04:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    static final String HELPER = "helper-post";

    static final String VISIT = "Task_VisitExitedHousehold";

    static final String INVESTIGATE = "Task_InvestigateHardship";

    static final String REVIEW = "Task_ReviewReturnToPoverty";

    static final String WAITING = "Gateway_WaitForBufferEvent";

    static final String VISIT_TIMER = "TimerEvent_NextVisitDue";

    static final String CADRES = "cadre-" + DemoAreas.VILLAGE_A;

    static final String TOWNSHIP = "township-" + DemoAreas.TOWNSHIP_FUCHENG;

    static final String COUNTY = "county-" + DemoAreas.COUNTY;

    private final HouseholdService households;

    private final DemoAreas areas;

    private final RuntimeService runtimeService;

    private final ManagementService managementService;

    private final HistoryService historyService;

    private final ProcessSteps steps;

    PostExitFixture(HouseholdService households, DemoAreas areas, RuntimeService runtimeService,
            ManagementService managementService, HistoryService historyService, ProcessSteps steps) {
        this.households = households;
        this.areas = areas;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.steps = steps;
    }

    /** Applied, registered, given a helper and exited today with a five-year buffer. */
    Long exitedHousehold() {
        Long id = registeredHousehold();
        households.recordExit(id, TODAY, 5, "county");
        return id;
    }

    Long registeredHousehold() {
        areas.ensure();
        Long id = households.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), "cadre");
        households.register(id, "county");
        households.assignHelper(id, HELPER, TODAY.getYear());
        return id;
    }

    ProcessInstance start(Long householdId) {
        return runtimeService.startProcessInstanceByKey(PostExitVariables.PROCESS_KEY, householdId.toString(),
                Map.of(ProcessVariables.HOUSEHOLD_ID, householdId));
    }

    ProcessInstance startBefore(Long householdId, String activityId, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ProcessVariables.HOUSEHOLD_ID, householdId);
        return runtimeService.createProcessInstanceByKey(PostExitVariables.PROCESS_KEY)
            .businessKey(householdId.toString())
            .setVariables(all)
            .startBeforeActivity(activityId)
            .execute();
    }

    Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .singleResult();
    }

    void fire(ProcessInstance instance, String activityId) {
        managementService.executeJob(timer(instance, activityId).getId());
    }

    /** Started today and its first visit fallen due: waiting at Task_VisitExitedHousehold. */
    ProcessInstance visitDue(Long householdId) {
        ProcessInstance instance = start(householdId);
        fire(instance, VISIT_TIMER);
        return instance;
    }

    /** Moves the clock, fires the visit timer and records a visit of that day with the given income. */
    void visitOn(ProcessInstance instance, Long householdId, Instant when, String income) {
        ClockUtil.setCurrentTime(Date.from(when));
        fire(instance, VISIT_TIMER);
        Map<String, Object> values = visit(income);
        values.put("visitedOn", LocalDate.ofInstant(when, Today.ZONE).toString());
        steps.complete(householdId, VISIT, HELPER, values);
    }

    /** A visit found income below the poverty line: the township's review is open. */
    ProcessInstance returnReviewOpen(Long householdId) {
        ProcessInstance instance = visitDue(householdId);
        steps.complete(householdId, VISIT, HELPER, visit("3000"));
        assertThat(instance).isWaitingAt(REVIEW);
        return instance;
    }

    /** A variable's last value, also after the instance ended. */
    Object variable(ProcessInstance instance, String name) {
        return historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(name)
            .singleResult()
            .getValue();
    }

    Object riskLevel(ProcessInstance instance) {
        return variable(instance, PostExitVariables.RISK_LEVEL);
    }

    /** The engine wraps what a task listener throws; the form's client gets the ValidationException inside. */
    static ValidationException validation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ValidationException validation) {
                return validation;
            }
        }
        throw new AssertionError("no ValidationException in " + thrown, thrown);
    }

    static Date plus(Instant start, Period period) {
        return Date.from(start.atZone(Today.ZONE).plus(period).toInstant());
    }

    /** A post-exit visit today with every indicator fine and the given income and housing grade. */
    static Map<String, Object> visit(String incomeEstimate, String housingGrade) {
        Map<String, Object> values = new HashMap<>();
        values.put("visitedOn", TODAY.toString());
        values.put("incomeEstimate", new BigDecimal(incomeEstimate));
        values.put("foodSecure", true);
        values.put("clothingSecure", true);
        values.put("safeDrinkingWater", true);
        values.put("housingGrade", housingGrade);
        values.put("findings", "家中情况稳定");
        return values;
    }

    static Map<String, Object> visit(String incomeEstimate) {
        return visit(incomeEstimate, "B");
    }

}
