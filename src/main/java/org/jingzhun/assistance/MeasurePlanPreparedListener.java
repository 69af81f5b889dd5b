package org.jingzhun.assistance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Shows the DMN's suggested paths on the plan form; task-local, so the suggestion dies with the task. */
@Component("measurePlanPrepared")
class MeasurePlanPreparedListener implements TaskListener {

    private final MeasureService measures;

    private final PathLabels labels;

    MeasurePlanPreparedListener(MeasureService measures, PathLabels labels) {
        this.measures = measures;
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        Long householdId = ((Number) task.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
        task.setVariableLocal(AssistanceVariables.RECOMMENDED_PATHS, labels.joined(measures.recommend(householdId)));
    }

}
