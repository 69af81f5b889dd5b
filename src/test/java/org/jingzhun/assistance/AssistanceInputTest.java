package org.jingzhun.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jingzhun.assistance.AssistanceSteps.HELPER;
import static org.jingzhun.assistance.AssistanceSteps.incomeForm;
import static org.jingzhun.assistance.AssistanceSteps.row;
import static org.jingzhun.assistance.AssistanceSteps.visitForm;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.jingzhun.FixedClock;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.IncomeService;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad form values fail the completion naming every offending field, and change nothing. */
@IntegrationTest
@ExtendWith(FixedClock.class)
class AssistanceInputTest {

    @Autowired
    AssistanceSteps assistance;

    @Autowired
    ProcessSteps steps;

    @Autowired
    RuntimeService runtimeService;

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
    void householdInAssistance() {
        householdId = assistance.registeredHousehold();
        assistance.start(householdId);
    }

    @Test
    void planWhenRowsBrokenThenEveryBadFieldIsNamedAndNothingIsStored() {
        Map<String, Object> withoutContent = row("HEALTH", " ", 300, "2025-06-15", null);
        Map<String, Object> unknownPath = row("CHARITY", "慰问", 100, "2025-06-15", null);
        unknownPath.put("fundSource", "LOTTERY");
        List<Map<String, Object>> rows = List.of(row("HEALTH", "代缴医保", 300, "2025-06-15", null),
                row("INDUSTRY", "养殖", -1, "2025-06-15", null), withoutContent,
                row("EMPLOYMENT", "公益性岗位", 6000, "2025-07-01", "2025-06-30"),
                row("EDUCATION", "x".repeat(201), "abc", null, null), unknownPath);

        assertThatThrownBy(() -> steps.complete(householdId, "Task_PlanMeasures", HELPER,
                AssistanceSteps.planForm("说明", rows)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .extracting(Violation::field, Violation::code)
                .containsExactlyInAnyOrder(tuple("measures[1].cost", "validation.negative"),
                        tuple("measures[2].content", "validation.required"),
                        tuple("measures[3].endDate", "validation.measure.endBeforeStart"),
                        tuple("measures[4].content", "validation.maxLength"),
                        tuple("measures[4].cost", "validation.number"),
                        tuple("measures[4].startDate", "validation.required"),
                        tuple("measures[5].path", "validation.choice"),
                        tuple("measures[5].fundSource", "validation.choice")))
            .hasMessageContaining("measures[3].endDate: End date 2025-06-30 is before the start date 2025-07-01.");

        assertUnchanged();
    }

    @Test
    void planWhenNoMeasureGivenThenRefusedAsEmpty() {
        Map<String, Object> blankRow = row(null, null, null, null, null);
        blankRow.put("provider", null);
        blankRow.put("fundSource", null);

        for (List<Map<String, Object>> rows : List.<List<Map<String, Object>>>of(List.of(), List.of(blankRow))) {
            assertThatThrownBy(() -> steps.complete(householdId, "Task_PlanMeasures", HELPER,
                    AssistanceSteps.planForm(null, rows)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getViolations()).containsExactly(
                                new Violation("measures", "validation.measures.empty")));
        }
        assertThatThrownBy(() -> steps.complete(householdId, "Task_PlanMeasures", HELPER, Map.of()))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("measures");

        assertUnchanged();
    }

    @Test
    void planWhenSummaryTooLongThenRefused() {
        assertThatThrownBy(() -> steps.complete(householdId, "Task_PlanMeasures", HELPER, AssistanceSteps
            .planForm("长".repeat(501), List.of(row("HEALTH", "代缴医保", 300, "2025-06-15", null)))))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .containsExactly(new Violation("planSummary", "validation.maxLength", 500)));

        assertUnchanged();
    }

    @Test
    void incomeWhenNegativeOrMissingThenRefusedUnderTheFormsFieldNames() {
        approvedPlan();
        var values = incomeForm(2024, -100);
        values.put("businessExpenses", null);
        values.put("pensionIncome", -5);

        assertThatThrownBy(() -> assistance.recordIncome(householdId, values))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .extracting(Violation::field, Violation::code)
                .contains(tuple("wageIncome", "validation.income.negative"),
                        tuple("pensionIncome", "validation.income.negative"),
                        tuple("businessExpenses", "validation.income.required")));

        assertThat(incomes.ledger(householdId)).isEmpty();
        assertThat(steps.openKeys(householdId)).contains("Task_RecordIncome");
    }

    @Test
    void deliveryWhenDatedInTheFutureOrCostNegativeThenRefusedAndTheMeasureStaysPlanned() {
        approvedPlan();
        int signed = signOffs.forHousehold(householdId).size();

        assertThatThrownBy(() -> steps.complete(householdId, "Task_DeliverMeasure", HELPER,
                AssistanceSteps.deliveryForm("2025-06-16", -1, true, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("deliveredOn", "validation.date.future"),
                        tuple("actualCost", "validation.negative")));
        assertThatThrownBy(() -> steps.complete(householdId, "Task_DeliverMeasure", HELPER,
                AssistanceSteps.deliveryForm(null, 10, true, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .containsExactly(new Violation("deliveredOn", "validation.required")));

        assertThat(measures.findByHouseholdIdOrderByStartDateAscIdAsc(householdId))
            .extracting(Measure::getStatus, Measure::getDeliveredOn)
            .containsExactly(tuple(MeasureStatus.PLANNED, null));
        assertThat(signOffs.forHousehold(householdId)).hasSize(signed);
        assertThat(steps.openKeys(householdId)).contains("Task_DeliverMeasure");
    }

    @Test
    void deliveryWhenTheMeasureIsAlreadyDeliveredThenRefused() {
        approvedPlan();
        Long measureId = measures.findByHouseholdIdOrderByStartDateAscIdAsc(householdId).get(0).getId();
        measureService.deliver(measureId, FixedClock.TODAY, null, false, null);

        assertThatThrownBy(() -> measureService.deliver(measureId, FixedClock.TODAY, null, false, null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .containsExactly(new Violation("measureId", "validation.measure.notPlanned", MeasureStatus.DELIVERED)));
    }

    @Test
    void visitWhenHousingGradeMissingOrDateInTheFutureThenRefusedAndConditionsUnchanged() {
        approvedPlan();
        assistance.recordIncome(householdId, incomeForm(2024, 12000));
        var values = visitForm("2025-07-01", true, false, null);

        assertThatThrownBy(() -> assistance.visit(householdId, values))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .extracting(Violation::field)
                .containsExactly("housingGrade"));
        values.put("housingGrade", "E");
        assertThatThrownBy(() -> assistance.visit(householdId, values))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("housingGrade", "validation.choice")));
        values.put("housingGrade", "D");
        assertThatThrownBy(() -> assistance.visit(householdId, values))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("visitedOn", "validation.date.future")));

        assertThat(visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(householdId)).isEmpty();
        assertThat(households.livingConditions(householdId).isSafeDrinkingWater()).isTrue();
        assertThat(households.livingConditions(householdId).getHousingGrade()).isEqualTo(HousingGrade.B);
        assertThat(steps.openKeys(householdId)).contains("Task_VisitHousehold");
    }

    private void approvedPlan() {
        assistance.plan(householdId, row("HEALTH", "代缴医保", 300, "2025-06-01", null));
        assistance.approvePlan(householdId);
    }

    private void assertUnchanged() {
        assertThat(measures.findByHouseholdIdOrderByStartDateAscIdAsc(householdId)).isEmpty();
        assertThat(signOffs.forHousehold(householdId)).isEmpty();
        assertThat(steps.openKeys(householdId)).containsExactly("Task_PlanMeasures");
        var instance = runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(householdId.toString())
            .singleResult();
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys("householdId");
    }

}
