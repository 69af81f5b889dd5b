package org.jingzhun.quality;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The engine side of a finding: its DataCorrectionProcess, started per finding and ended when the data is fixed. */
@Component
class CorrectionProcesses {

    static final String PROCESS_KEY = "DataCorrectionProcess";

    static final String FINDING_ID = "findingId";

    /** The interrupting boundary event on Task_CorrectData that ends the process. */
    static final String CLOSED_MESSAGE = "QualityFindingClosed";

    private final RuntimeService runtime;

    CorrectionProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Business key = household id, as for every household process, so the step shows on the household file. */
    String start(long householdId, long findingId) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, Long.toString(householdId),
                Map.of(ProcessVariables.HOUSEHOLD_ID, householdId, FINDING_ID, findingId)).getId();
    }

    /** Ends the correction if it still waits for the cadre; a process already gone is fine. */
    void end(String processInstanceId) {
        if (processInstanceId == null) {
            return;
        }
        boolean waiting = runtime.createExecutionQuery()
            .processInstanceId(processInstanceId)
            .messageEventSubscriptionName(CLOSED_MESSAGE)
            .count() > 0;
        if (waiting) {
            runtime.createMessageCorrelation(CLOSED_MESSAGE).processInstanceId(processInstanceId).correlate();
        }
    }
}
