package org.jingzhun.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.jingzhun.assistance.AssistanceSteps.CADRES;
import static org.jingzhun.assistance.AssistanceSteps.HELPER;
import static org.jingzhun.assistance.AssistanceSteps.REVIEWER;
import static org.jingzhun.assistance.AssistanceSteps.TOWNSHIP;
import static org.jingzhun.assistance.AssistanceSteps.incomeForm;
import static org.jingzhun.assistance.AssistanceSteps.row;
import static org.jingzhun.assistance.AssistanceSteps.visitForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.jingzhun.FixedClock;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.IncomeRecord;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.LivingConditions;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(FixedClock.class)
class AssistanceProcessTest {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    AssistanceSteps assistance;

    @Autowired
    ProcessSteps steps;

    @Autowired
    MeasureService measureService;

    @Autowired
    MeasureRepository measures;

    @Autowired
    VisitRepository visits;

    @Autowired
    IncomeService incomes;

    @Autowired
    HouseholdService households;

    @Autowired
    SignOffService signOffs;

    Long householdId;

    @BeforeEach
    void registeredHouseholdWithHelper() {
        AbstractAssertions.init(processEngine);
        householdId = assistance.registeredHousehold();
    }

    @AfterEach
    void resetAssertions() {
        AbstractAssertions.reset();
    }

    @Test
    void planTaskWhenCreatedThenShowsTheDmnPathsForMainAndSecondaryCauses() {
        ProcessInstance instance = assistance.start(householdId);

        assertThat(instance).isWaitingAt("Task_PlanMeasures");
        Task task = steps.task(householdId, "Task_PlanMeasures");
        assertThat(task.getAssignee()).isEqualTo(HELPER);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(l -> CADRES.equals(l.getGroupId()));
        // ILLNESS -> HEALTH; SKILLS -> EMPLOYMENT and INDUSTRY; in the Path enum's order
        assertThat(measureService.recommend(householdId)).containsExactly(Path.INDUSTRY, Path.EMPLOYMENT, Path.HEALTH);
        assertThat(taskService.getVariableLocal(task.getId(), AssistanceVariables.RECOMMENDED_PATHS))
            .isEqualTo("产业扶贫、就业扶贫、健康扶贫");
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("recommendedPaths");
    }

    @Test
    void planWhenApprovedThenOneDeliveryTaskPerMeasureRunsBesideTheIncomeRecord() {
        ProcessInstance instance = assistance.start(householdId);

        assistance.plan(householdId, row("HEALTH", "代缴城乡居民医保并签约家庭医生", 1200, "2025-06-15", "2025-12-31"),
                row("EMPLOYMENT", "推荐户主子女参加技能培训后转移就业", "3000.50", "2025-07-01", null));

        assertThat(instance).isWaitingAt("Task_ApprovePlan");
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys("householdId");
        List<Measure> planned = measures.findByHouseholdIdOrderByStartDateAscIdAsc(householdId);
        assertThat(planned)
            .extracting(Measure::getPath, Measure::getContent, Measure::getProvider, Measure::getCost,
                    Measure::getFundSource, Measure::getStartDate, Measure::getEndDate, Measure::getStatus)
            .containsExactly(
                    tuple(Path.HEALTH, "代缴城乡居民医保并签约家庭医生", "县卫健局", new BigDecimal("1200.00"),
                            FundSource.FISCAL, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 31),
                            MeasureStatus.PLANNED),
                    tuple(Path.EMPLOYMENT, "推荐户主子女参加技能培训后转移就业", "县卫健局", new BigDecimal("3000.50"),
                            FundSource.FISCAL, LocalDate.of(2025, 7, 1), null, MeasureStatus.PLANNED));

        Task approval = steps.task(householdId, "Task_ApprovePlan");
        assertThat(approval.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(approval.getId()))
            .anyMatch(link -> TOWNSHIP.equals(link.getGroupId()));

        assistance.approvePlan(householdId);

        assertThat(instance).hasPassed("Gateway_PlanApproved", "Gateway_DeliveryFork")
            .isWaitingAt("Task_DeliverMeasure", "Task_RecordIncome");
        List<Task> deliveries = assistance.deliveries(householdId);
        assertThat(deliveries).extracting(assistance::measureIdOf)
            .containsExactly(planned.get(0).getId(), planned.get(1).getId());
        assertThat(deliveries).extracting(t -> taskService.getVariableLocal(t.getId(), "measureContent"))
            .containsExactly("健康扶贫：代缴城乡居民医保并签约家庭医生", "就业扶贫：推荐户主子女参加技能培训后转移就业");
        assertThat(deliveries).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(HELPER));
        assertThat(steps.task(householdId, "Task_RecordIncome").getAssignee()).isEqualTo(HELPER);
        assertThat(signOffs.forHousehold(householdId))
            .extracting(SignOff::getStep, SignOff::getActor, SignOff::getRole, SignOff::getAreaLevel,
                    SignOff::getAreaCode, SignOff::getDecision, SignOff::getReason)
            .containsExactly(
                    tuple("Task_PlanMeasures", HELPER, "cadre", AreaLevel.VILLAGE, DemoAreas.VILLAGE_A,
                            Decision.SUBMIT, "因病为主，兼顾技能"),
                    tuple("Task_ApprovePlan", REVIEWER, "township", AreaLevel.TOWNSHIP, DemoAreas.TOWNSHIP_FUCHENG,
                            Decision.APPROVE, "措施对症，同意实施"));
    }

    @Test
    void planWhenSentBackThenPlannedAgainAndTheNewPlanReplacesTheUndeliveredMeasures() {
        ProcessInstance instance = assistance.start(householdId);
        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-15", null),
                row("INDUSTRY", "发放扶贫小额信贷发展养殖", 50000, "2025-06-20", "2026-06-19"));

        steps.complete(householdId, "Task_ApprovePlan", REVIEWER, ProcessSteps.reject("缺少就业措施"));

        assertThat(instance).hasPassed("Gateway_PlanApproved").isWaitingAt("Task_PlanMeasures");
        assertThat(steps.openKeys(householdId)).containsExactly("Task_PlanMeasures");
        assertThat(taskService.getVariableLocal(steps.task(householdId, "Task_PlanMeasures").getId(),
                "recommendedPaths")).asString().contains("健康扶贫");
        assertThat(signOffs.forHousehold(householdId)).last()
            .extracting(SignOff::getStep, SignOff::getActor, SignOff::getDecision, SignOff::getReason)
            .containsExactly("Task_ApprovePlan", REVIEWER, Decision.REJECT, "缺少就业措施");

        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-15", null),
                row("EMPLOYMENT", "安排公益性岗位", 6000, "2025-07-01", null));
        assistance.approvePlan(householdId);

        assertThat(measures.findByHouseholdIdAndStatusOrderByIdAsc(householdId, MeasureStatus.PLANNED))
            .extracting(Measure::getPath, Measure::getContent)
            .containsExactly(tuple(Path.HEALTH, "代缴医保"), tuple(Path.EMPLOYMENT, "安排公益性岗位"));
        assertThat(measures.findByHouseholdIdAndStatusOrderByIdAsc(householdId, MeasureStatus.CANCELLED))
            .extracting(Measure::getContent, Measure::getNotes)
            .containsExactly(tuple("代缴医保", "计划退回后由helper-wang重新制定"),
                    tuple("发放扶贫小额信贷发展养殖", "计划退回后由helper-wang重新制定"));
        assertThat(assistance.deliveries(householdId)).hasSize(2);
        assertThat(instance).isWaitingAt("Task_DeliverMeasure", "Task_RecordIncome");
    }

    @Test
    void deliveryWhenCompletedThenTheMeasureIsDeliveredWithDateCostAndSignature() {
        assistance.start(householdId);
        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-01", null));
        assistance.approvePlan(householdId);
        Long measureId = assistance.measureIdOf(assistance.deliveries(householdId).get(0));

        steps.complete(householdId, "Task_DeliverMeasure", HELPER,
                AssistanceSteps.deliveryForm("2025-06-12", "280.5", true, "已代缴2025年度医保"));

        Measure measure = measureService.get(measureId);
        assertThat(measure.getStatus()).isEqualTo(MeasureStatus.DELIVERED);
        assertThat(measure.getDeliveredOn()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(measure.getActualCost()).isEqualByComparingTo("280.50");
        assertThat(measure.isHouseholdSigned()).isTrue();
        assertThat(measure.getNotes()).isEqualTo("已代缴2025年度医保");
        assertThat(signOffs.forHousehold(householdId)).last()
            .extracting(SignOff::getStep, SignOff::getActor, SignOff::getDecision, SignOff::getReason)
            .containsExactly("Task_DeliverMeasure", HELPER, Decision.SUBMIT, "已代缴2025年度医保");
        assertThat(steps.openKeys(householdId)).containsExactly("Task_RecordIncome");
    }

    @Test
    void incomeAndVisitWhenRecordedThenStoredWithPerCapitaFigureAndLivingConditions() {
        ProcessInstance instance = assistance.start(householdId);
        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-01", null));
        assistance.approvePlan(householdId);

        assistance.recordIncome(householdId, incomeForm(2024, 12000));

        IncomeRecord income = incomes.latest(householdId).orElseThrow();
        assertThat(income.getYear()).isEqualTo(2024);
        assertThat(income.getMemberCount()).isEqualTo(3);
        assertThat(income.getPerCapitaNet()).isEqualByComparingTo("4500.00");
        assertThat(income.getWage()).isEqualByComparingTo("12000");
        assertThat(income.getTransfer()).isEqualByComparingTo("600");
        assertThat(income.getPension()).isEqualByComparingTo("400");
        assertThat(income.getEcologicalCompensation()).isEqualByComparingTo("200");
        assertThat(income.getOtherTransfer()).isEqualByComparingTo("0");
        assertThat(income.getRecordedBy()).isEqualTo(HELPER);
        assertThat(instance).isWaitingAt("Task_DeliverMeasure", "Task_VisitHousehold");

        assistance.visit(householdId, visitForm("2025-06-14", true, false, "C"));

        assertThat(visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(householdId)).singleElement()
            .satisfies(visit -> {
                assertThat(visit.getKind()).isEqualTo(VisitKind.FOLLOW_UP);
                assertThat(visit.getVisitedOn()).isEqualTo(LocalDate.of(2025, 6, 14));
                assertThat(visit.getVisitor()).isEqualTo(HELPER);
                assertThat(visit.getFoodSecure()).isTrue();
                assertThat(visit.getClothingSecure()).isTrue();
                assertThat(visit.getSafeDrinkingWater()).isFalse();
                assertThat(visit.getHousingGrade()).isEqualTo(HousingGrade.C);
                assertThat(visit.getFindings()).isEqualTo("户主慢性病已签约家庭医生");
            });
        LivingConditions living = households.livingConditions(householdId);
        assertThat(living.isSafeDrinkingWater()).isFalse();
        assertThat(living.getHousingGrade()).isEqualTo(HousingGrade.C);
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys("householdId", "planApproved",
                "readyForExit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "housing unsafe, 12000, C", "income under the 2020 line of 4000, 9000, B",
            "income exactly on the line, 10500, A" })
    void followUpWhenNotReadyForExitThenNextVisitIsDueInThreeMonthsAndIncomeIsRecordedAgain(String why, int wage,
            String housingGrade) {
        ProcessInstance instance = assistance.start(householdId);
        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-01", null));
        assistance.approvePlan(householdId);
        assistance.recordIncome(householdId, incomeForm(2024, wage));
        assistance.visit(householdId, visitForm("2025-06-15", true, true, housingGrade));

        assertThat(instance).hasPassed("Task_CheckExitReadiness", "Gateway_ReadyForExit")
            .isWaitingAt("TimerEvent_NextVisitDue", "Task_DeliverMeasure");
        assertThat(runtimeService.getVariable(instance.getId(), "readyForExit")).isEqualTo(false);
        Job nextVisit = managementService.createJobQuery()
            .processInstanceId(instance.getId())
            .activityId("TimerEvent_NextVisitDue")
            .singleResult();
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(Today.ZONE);
        assertThat(nextVisit.getDuedate()).isEqualTo(Date.from(now.plusMonths(3).toInstant()));

        ClockUtil.setCurrentTime(nextVisit.getDuedate());
        steps.execute(nextVisit);

        assertThat(instance).hasPassed("TimerEvent_NextVisitDue", "Gateway_FollowUpMerge")
            .isWaitingAt("Task_RecordIncome", "Task_DeliverMeasure");
        assistance.recordIncome(householdId, incomeForm(2025, 15000));
        assertThat(incomes.ledger(householdId)).extracting(IncomeRecord::getYear, IncomeRecord::getPerCapitaNet)
            .containsExactly(tuple(2024, perCapita(wage)), tuple(2025, new BigDecimal("5500.00")));
    }

    @Test
    void followUpWhenReadyAndEveryMeasureDeliveredThenAssistanceEndsReadyForExit() {
        ProcessInstance instance = assistance.start(householdId);
        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-01", null));
        assistance.approvePlan(householdId);
        assistance.deliver(assistance.deliveries(householdId).get(0));

        assistance.recordIncome(householdId, incomeForm(2024, 12000));
        assistance.visit(householdId, visitForm("2025-06-15", true, true, "A"));

        assertThat(instance).hasPassed("Task_CheckExitReadiness", "Gateway_ReadyForExit", "Gateway_DeliveryJoin",
                "EndEvent_ReadyForExit").isEnded();
        assertThat(measures.findByHouseholdIdOrderByStartDateAscIdAsc(householdId))
            .extracting(Measure::getStatus).containsExactly(MeasureStatus.DELIVERED);
        assertThat(households.livingConditions(householdId).getHousingGrade()).isEqualTo(HousingGrade.A);
        assertThat(steps.timers(householdId)).isEmpty();
    }

    @Test
    void readyForExitWhenADeliveryIsStillOpenThenTheJoinWaitsForTheLastOne() {
        ProcessInstance instance = assistance.start(householdId);
        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-01", null),
                row("EMPLOYMENT", "公益性岗位", 6000, "2025-06-01", null),
                row("EDUCATION", "雨露计划职业教育补助", 3000, "2025-09-01", null));
        assistance.approvePlan(householdId);
        List<Task> deliveries = assistance.deliveries(householdId);
        assistance.deliver(deliveries.get(0));
        assistance.recordIncome(householdId, incomeForm(2024, 12000));
        assistance.visit(householdId, visitForm("2025-06-15", true, true, "B"));
        assistance.deliver(deliveries.get(2));

        assertThat(instance).hasPassed("Gateway_ReadyForExit").isWaitingAt("Task_DeliverMeasure")
            .isNotEnded();
        assertThat(runtimeService.getVariable(instance.getId(), "readyForExit")).isEqualTo(true);
        assertThat(assistance.deliveries(householdId)).extracting(assistance::measureIdOf)
            .containsExactly(assistance.measureIdOf(deliveries.get(1)));

        assistance.deliver(deliveries.get(1));

        assertThat(instance).hasPassed("Gateway_DeliveryJoin", "EndEvent_ReadyForExit").isEnded();
        assertThat(measures.findByHouseholdIdOrderByStartDateAscIdAsc(householdId)).extracting(Measure::getStatus)
            .containsOnly(MeasureStatus.DELIVERED);
    }

    private static BigDecimal perCapita(int wage) {
        return new BigDecimal(wage + 1500).divide(new BigDecimal(3), 2, RoundingMode.HALF_UP);
    }

}
