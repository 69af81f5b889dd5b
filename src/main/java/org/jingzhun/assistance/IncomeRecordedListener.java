package org.jingzhun.assistance;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.IncomeService;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** The year's income with its full transfer breakdown; the income service derives the per-capita figure. */
@Component("incomeRecorded")
class IncomeRecordedListener implements TaskListener {

    /** The income service's field names that differ from the income-record form's keys. */
    static final Map<String, String> FORM_KEYS = Map.of("year", "incomeYear", "wage", "wageIncome", "business",
            "businessIncome", "property", "propertyIncome", "transfer", "transferIncome", "pension", "pensionIncome");

    private final IncomeService incomes;

    IncomeRecordedListener(IncomeService incomes) {
        this.incomes = incomes;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        IncomeEntry entry = new IncomeEntry(submission.integer("incomeYear"), submission.decimal("wageIncome"),
                submission.decimal("businessIncome"), submission.decimal("propertyIncome"),
                submission.decimal("transferIncome"), submission.decimal("subsistenceAllowance"),
                submission.decimal("destituteSupport"), submission.decimal("pensionIncome"),
                submission.decimal("ecologicalCompensation"), submission.decimal("otherTransfer"),
                submission.decimal("businessExpenses"));
        submission.check();
        try {
            incomes.record(submission.householdId(), entry, submission.actor());
        }
        catch (ValidationException e) {
            throw onForm(e);
        }
        submission.discard();
    }

    /** Names each violation by the form's key, so a page or Tasklist can put it beside the right field. */
    static ValidationException onForm(ValidationException e) {
        return new ValidationException(e.getViolations()
            .stream()
            .map(v -> new Violation(FORM_KEYS.getOrDefault(v.field(), v.field()), v.code(), v.args()))
            .toList());
    }

}
