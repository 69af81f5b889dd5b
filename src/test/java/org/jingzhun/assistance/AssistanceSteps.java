package org.jingzhun.assistance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.ProcessVariables;
import org.jingzhun.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * A registered household with a helper in the AssistanceProcess, and its forms filled in the way the users fill
 * them. The test household (TestHouseholds) has 3 members, main cause ILLNESS, secondary SKILLS, housing B, safe
 * water, everyone insured and nobody out of school.
 */
@Component
class AssistanceSteps {

    static final String PROCESS = "AssistanceProcess";

    static final String HELPER = "helper-wang";

    static final String REVIEWER = "township-li";

    static final String CADRES = "cadre-" + DemoAreas.VILLAGE_A;

    static final String TOWNSHIP = "township-" + DemoAreas.TOWNSHIP_FUCHENG;

    private final DemoAreas areas;

    private final HouseholdService households;

    private final RuntimeService runtimeService;

    private final TaskService taskService;

    private final WorkflowService workflow;

    private final ProcessSteps steps;

    AssistanceSteps(DemoAreas areas, HouseholdService households, RuntimeService runtimeService,
            TaskService taskService, WorkflowService workflow, ProcessSteps steps) {
        this.areas = areas;
        this.households = households;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.workflow = workflow;
        this.steps = steps;
    }

    /** Registered (POOR) with helper-wang responsible, as the identification stage leaves it. */
    Long registeredHousehold() {
        areas.ensure();
        Long id = households.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), "cadre-zhang");
        households.register(id, "county-zhao");
        households.assignHelper(id, HELPER, 2026);
        return id;
    }

    ProcessInstance start(Long householdId) {
        return runtimeService.startProcessInstanceByKey(PROCESS, householdId.toString(),
                Map.of(ProcessVariables.HOUSEHOLD_ID, householdId));
    }

    ProcessInstance startBefore(Long householdId, String activityId) {
        return runtimeService.createProcessInstanceByKey(PROCESS)
            .businessKey(householdId.toString())
            .setVariables(Map.of(ProcessVariables.HOUSEHOLD_ID, householdId))
            .startBeforeActivity(activityId)
            .execute();
    }

    static Map<String, Object> row(String path, String content, Object cost, String startDate, String endDate) {
        Map<String, Object> row = new HashMap<>();
        row.put("path", path);
        row.put("content", content);
        row.put("provider", "县卫健局");
        row.put("cost", cost);
        row.put("fundSource", "FISCAL");
        row.put("startDate", startDate);
        row.put("endDate", endDate);
        return row;
    }

    static Map<String, Object> planForm(String summary, List<Map<String, Object>> rows) {
        Map<String, Object> values = new HashMap<>();
        values.put(AssistanceVariables.MEASURES, new ArrayList<>(rows));
        values.put(AssistanceVariables.PLAN_SUMMARY, summary);
        return values;
    }

    @SafeVarargs
    final void plan(Long householdId, Map<String, Object>... rows) {
        steps.complete(householdId, "Task_PlanMeasures", HELPER, planForm("因病为主，兼顾技能", Arrays.asList(rows)));
    }

    void approvePlan(Long householdId) {
        steps.complete(householdId, "Task_ApprovePlan", REVIEWER, ProcessSteps.approve("措施对症，同意实施"));
    }

    /** One open delivery task per planned measure, in measure order. */
    List<Task> deliveries(Long householdId) {
        return steps.open(householdId)
            .stream()
            .filter(task -> task.getTaskDefinitionKey().equals("Task_DeliverMeasure"))
            .sorted(Comparator.comparing(this::measureIdOf))
            .toList();
    }

    Long measureIdOf(Task task) {
        return ((Number) taskService.getVariable(task.getId(), ProcessVariables.MEASURE_ID)).longValue();
    }

    static Map<String, Object> deliveryForm(String deliveredOn, Object actualCost, boolean signed, String notes) {
        Map<String, Object> values = new HashMap<>();
        values.put("deliveredOn", deliveredOn);
        values.put("actualCost", actualCost);
        values.put("householdSigned", signed);
        values.put("deliveryNotes", notes);
        return values;
    }

    void deliver(Task task) {
        workflow.complete(task.getId(), deliveryForm("2025-06-10", 800, true, "已落实"), HELPER);
    }

    /** 3 members: per-capita net = (wage + 1500 business + 0 property + 600 transfer - 600 expenses) / 3. */
    static Map<String, Object> incomeForm(int year, Object wage) {
        Map<String, Object> values = new HashMap<>();
        values.put("incomeYear", year);
        values.put("wageIncome", wage);
        values.put("businessIncome", 1500);
        values.put("propertyIncome", 0);
        values.put("transferIncome", 600);
        values.put("subsistenceAllowance", 0);
        values.put("destituteSupport", 0);
        values.put("pensionIncome", 400);
        values.put("ecologicalCompensation", 200);
        values.put("otherTransfer", null);
        values.put("businessExpenses", 600);
        return values;
    }

    void recordIncome(Long householdId, Map<String, Object> values) {
        steps.complete(householdId, "Task_RecordIncome", HELPER, values);
    }

    static Map<String, Object> visitForm(String visitedOn, boolean secure, boolean water, String housingGrade) {
        Map<String, Object> values = new HashMap<>();
        values.put("visitedOn", visitedOn);
        values.put("foodSecure", secure);
        values.put("clothingSecure", secure);
        values.put("safeDrinkingWater", water);
        values.put("housingGrade", housingGrade);
        values.put("findings", "户主慢性病已签约家庭医生");
        return values;
    }

    void visit(Long householdId, Map<String, Object> values) {
        steps.complete(householdId, "Task_VisitHousehold", HELPER, values);
    }

}
