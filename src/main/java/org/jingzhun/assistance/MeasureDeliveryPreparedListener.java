package org.jingzhun.assistance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Tells each delivery task which measure it is about: "健康扶贫：…" as the form's {{measureContent}}. */
@Component("measureDeliveryPrepared")
class MeasureDeliveryPreparedListener implements TaskListener {

    static final String LABEL_SEPARATOR = "：";

    private final MeasureService measures;

    private final PathLabels labels;

    MeasureDeliveryPreparedListener(MeasureService measures, PathLabels labels) {
        this.measures = measures;
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        Measure measure = measures.get(((Number) task.getVariable(ProcessVariables.MEASURE_ID)).longValue());
        task.setVariableLocal(AssistanceVariables.MEASURE_CONTENT,
                labels.label(measure.getPath()) + LABEL_SEPARATOR + measure.getContent());
    }

}
