package org.jingzhun.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.signoff.Decision;
import org.jingzhun.workflow.ProcessVariables;
import org.jingzhun.workflow.SignedDecisions;
import org.jingzhun.workflow.TaskSubmission;
import org.springframework.stereotype.Component;

/** One measure delivered; the helper signs for it (落实情况的真实性), since the measure row has no "delivered by". */
@Component("measureDelivered")
class MeasureDeliveredListener implements TaskListener {

    private final MeasureService measures;

    private final SignedDecisions decisions;

    MeasureDeliveredListener(MeasureService measures, SignedDecisions decisions) {
        this.measures = measures;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubmission submission = TaskSubmission.of(task);
        Long measureId = ((Number) task.getVariable(ProcessVariables.MEASURE_ID)).longValue();
        LocalDate deliveredOn = submission.requiredDate("deliveredOn");
        BigDecimal actualCost = submission.decimal("actualCost");
        boolean householdSigned = submission.checked("householdSigned");
        String notes = submission.text("deliveryNotes");
        submission.check();
        measures.deliver(measureId, deliveredOn, actualCost, householdSigned, notes);
        decisions.sign(submission, Decision.SUBMIT, notes);
        submission.discard();
    }

}
