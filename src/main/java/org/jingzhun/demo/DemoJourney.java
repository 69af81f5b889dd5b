package org.jingzhun.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.jingzhun.household.Cause;
import org.jingzhun.workflow.WorkflowService;

/**
 * Moves one demo household through its lifecycle the way its users would, one step at a time, with plausible values.
 * Every step goes through the same task completion as the pages and the REST API.
 */
final class DemoJourney {

    /** The steps of a household that exits and stays out of poverty; a demo household stops after some of them. */
    static final int STEPS = 21;

    private final WorkflowService workflow;

    private final Long householdId;

    private final String village;

    private final LocalDate today;

    private final Cause cause;

    DemoJourney(WorkflowService workflow, Long householdId, String village, LocalDate today, Cause cause) {
        this.workflow = workflow;
        this.householdId = householdId;
        this.village = village;
        this.today = today;
        this.cause = cause;
    }

    void advance(int steps, Ending ending) {
        for (int step = 1; step <= steps; step++) {
            step(step, ending);
        }
    }

    enum Ending {
        /** keeps going on the main path */
        MAIN,
        /** the village committee turns the application down at the democratic appraisal */
        REJECTED,
        /** the yearly income stays under the line: waiting for the next visit */
        NOT_READY,
        /** a post-exit visit finds income under the line: the township reviews a return to poverty */
        RETURN
    }

    private void step(int step, Ending ending) {
        String cadre = DemoUsers.cadreOf(village);
        String committee = DemoUsers.committeeOf(village);
        String township = DemoUsers.townshipOf(village);
        switch (step) {
            case 1 -> complete("Task_SurveyHousehold", cadre, survey());
            case 2 -> complete("Task_AppraiseHousehold", committee,
                    decision(ending == Ending.REJECTED ? "reject" : "approve",
                            ending == Ending.REJECTED ? "家庭有经营性收入，不符合识别标准" : "村民代表评议通过", Map.of("votesFor", 23,
                                    "votesAgainst", 2)));
            case 3 -> workflow.runTimerNow(householdId, "TimerEvent_NoticePeriodElapsed");
            case 4 -> complete("Task_ReviewIdentification", township,
                    decision("approve", "入户核实，情况属实", Map.of("onSiteCheck", true)));
            case 5 -> workflow.runTimerNow(householdId, "TimerEvent_NoticePeriodElapsed");
            case 6 -> complete("Task_ApproveRegistration", DemoUsers.COUNTY, decision("approve", "同意纳入建档立卡", Map.of()));
            case 7 -> complete("Task_AssignHelper", township,
                    Map.of("helper", cadre, "plannedExitYear", today.getYear() + 1));
            case 8 -> complete("Task_PlanMeasures", cadre, plan());
            case 9 -> complete("Task_ApprovePlan", township, decision("approve", "措施对准致贫原因", Map.of()));
            case 10 -> {
                for (Task task : open("Task_DeliverMeasure")) {
                    workflow.complete(task.getId(), Map.of("deliveredOn", today.minusDays(10).toString(), "actualCost",
                            2800, "householdSigned", true, "deliveryNotes", "已落实，户主签字确认"), cadre);
                }
            }
            case 11 -> complete("Task_RecordIncome", cadre, income(ending == Ending.NOT_READY ? 6000 : 21000));
            case 12 -> complete("Task_VisitHousehold", cadre, visit());
            case 13 -> complete("Task_AppraiseExit", committee,
                    decision("approve", "民主评议同意退出", Map.of("votesFor", 24, "votesAgainst", 1)));
            case 14 -> {
                for (String department : DemoUsers.DEPARTMENTS) {
                    String key = "Task_Certify" + Character.toUpperCase(department.charAt(0)) + department.substring(1);
                    complete(key, department, decision("approve", "经核查达标", Map.of()));
                }
            }
            case 15 -> complete("Task_SignExitAgreement", cadre,
                    decision("approve", "户主认可退出并签字", Map.of("signedOn", today.minusDays(3).toString())));
            case 16 -> workflow.runTimerNow(householdId, "TimerEvent_NoticePeriodElapsed");
            case 17 -> complete("Task_ReviewExit", township, decision("approve", "乡镇审核同意退出", Map.of()));
            case 18 -> complete("Task_ApproveExit", DemoUsers.COUNTY, decision("approve", "县级验收合格，同意退出", Map.of()));
            case 19 -> workflow.runTimerNow(householdId, "TimerEvent_NextVisitDue");
            case 20 -> complete("Task_VisitExitedHousehold", cadre, postExitVisit(ending == Ending.RETURN ? 3200 : 8800));
            case 21 -> workflow.runTimerNow(householdId, "TimerEvent_BufferEnded");
            default -> throw new IllegalArgumentException("No demo step " + step);
        }
    }

    private void complete(String taskKey, String user, Map<String, Object> values) {
        List<Task> tasks = open(taskKey);
        if (tasks.isEmpty()) {
            throw new IllegalStateException("Demo household " + householdId + " has no open " + taskKey);
        }
        workflow.complete(tasks.get(0).getId(), values, user);
    }

    private List<Task> open(String taskKey) {
        return workflow.openTasks(householdId).stream().filter(t -> t.getTaskDefinitionKey().equals(taskKey)).toList();
    }

    private static Map<String, Object> decision(String decision, String reason, Map<String, Object> more) {
        Map<String, Object> values = new HashMap<>(more);
        values.put("decision", decision);
        values.put("reason", reason);
        return values;
    }

    private Map<String, Object> survey() {
        Map<String, Object> values = new HashMap<>();
        values.put("incomeYear", today.getYear());
        values.put("wageIncome", 6000);
        values.put("businessIncome", 2400);
        values.put("propertyIncome", 0);
        values.put("transferIncome", 1200);
        values.put("businessExpenses", 900);
        values.put("housingGrade", "B");
        values.put("safeDrinkingWater", true);
        values.put("roadDistanceKm", 2.5);
        values.put("cultivatedLand", 4.5);
        values.put("mainCause", cause.name());
        values.put("secondaryCauses", List.of(cause == Cause.SKILLS ? Cause.FUNDS.name() : Cause.SKILLS.name()));
        values.put("attribute", "ORDINARY");
        values.put("surveyNotes", "入户调查，核实家庭人口与收入");
        return values;
    }

    private Map<String, Object> plan() {
        return Map.of("measures", List.of(
                Map.of("path", "INDUSTRY", "content", "发展中药材种植 5 亩", "provider", "县农业农村局", "cost", 3000,
                        "fundSource", "FISCAL", "startDate", today.minusMonths(2).toString(), "endDate",
                        today.plusMonths(10).toString()),
                Map.of("path", "EMPLOYMENT", "content", "参加技能培训并转移就业", "provider", "县人社局", "cost", 1500,
                        "fundSource", "COOPERATION", "startDate", today.minusMonths(2).toString(), "endDate",
                        today.plusMonths(4).toString())),
                "planSummary", "产业加就业，两年内稳定增收");
    }

    private Map<String, Object> income(int wage) {
        Map<String, Object> values = new HashMap<>();
        values.put("incomeYear", today.getYear());
        values.put("wageIncome", wage);
        values.put("businessIncome", 4200);
        values.put("propertyIncome", 300);
        values.put("transferIncome", 1800);
        values.put("subsistenceAllowance", 0);
        values.put("destituteSupport", 0);
        values.put("pensionIncome", 1200);
        values.put("ecologicalCompensation", 600);
        values.put("otherTransfer", 0);
        values.put("businessExpenses", 1500);
        return values;
    }

    private Map<String, Object> visit() {
        return Map.of("visitedOn", today.minusDays(1).toString(), "foodSecure", true, "clothingSecure", true,
                "safeDrinkingWater", true, "housingGrade", "B", "findings", "两不愁三保障均已落实");
    }

    private Map<String, Object> postExitVisit(int incomeEstimate) {
        return Map.of("visitedOn", today.toString(), "incomeEstimate", incomeEstimate, "foodSecure", true,
                "clothingSecure", true, "safeDrinkingWater", true, "housingGrade", "B", "findings",
                incomeEstimate < 4000 ? "务工中断，收入明显下降" : "收入稳定");
    }

}
