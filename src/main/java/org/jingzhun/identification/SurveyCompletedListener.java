package org.jingzhun.identification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.SurveyData;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** Task_SurveyHousehold (入户调查): causes, attribute, living conditions and the year's income, all or nothing. */
@Component("surveyCompleted")
class SurveyCompletedListener implements TaskListener {

    static final int MAX_NOTES = 500;

    /** The income ledger's field names as the survey form calls them. */
    static final Map<String, String> INCOME_FIELDS = Map.of("year", "incomeYear", "wage", "wageIncome", "business",
            "businessIncome", "property", "propertyIncome", "transfer", "transferIncome");

    private final IdentificationService identification;

    SurveyCompletedListener(IdentificationService identification) {
        this.identification = identification;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission form = TaskSubmission.of(task);
        IncomeEntry income = new IncomeEntry(form.requiredInteger("incomeYear"), amount(form, "wageIncome"),
                amount(form, "businessIncome"), amount(form, "propertyIncome"), amount(form, "transferIncome"), null,
                null, null, null, null, amount(form, "businessExpenses"));
        Cause mainCause = form.requiredChoice("mainCause", Cause.class);
        List<Cause> secondaryCauses = form.choices("secondaryCauses", Cause.class);
        SurveyData survey = new SurveyData(mainCause, secondaryCauses, form.requiredChoice("attribute", Attribute.class),
                form.requiredChoice("housingGrade", HousingGrade.class), form.checked("safeDrinkingWater"),
                notNegative(form, "roadDistanceKm", form.decimal("roadDistanceKm")),
                notNegative(form, "cultivatedLand", form.decimal("cultivatedLand")));
        String notes = form.text("surveyNotes");
        if (notes != null && notes.length() > MAX_NOTES) {
            form.reject("surveyNotes", "validation.text.tooLong", MAX_NOTES);
        }
        // The household's cause rules, checked with the rest so that one answer names every problem.
        Household.causeViolations(mainCause, secondaryCauses)
            .stream()
            .filter(violation -> !violation.field().equals("mainCause") || !form.hasViolation("mainCause"))
            .forEach(violation -> form.reject(violation.field(), violation.code(), violation.args()));
        form.check();
        try {
            identification.recordSurvey(form.householdId(), survey, income, form.actor());
        }
        catch (ValidationException e) {
            throw new ValidationException(e.getViolations().stream().map(SurveyCompletedListener::asFormField).toList());
        }
        form.discard();
    }

    private static BigDecimal amount(TaskSubmission form, String key) {
        return notNegative(form, key, form.requiredDecimal(key));
    }

    private static BigDecimal notNegative(TaskSubmission form, String key, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            form.reject(key, "validation.negative", value);
        }
        return value;
    }

    private static Violation asFormField(Violation violation) {
        String field = INCOME_FIELDS.getOrDefault(violation.field(), violation.field());
        return new Violation(field, violation.code(), violation.args());
    }

}
