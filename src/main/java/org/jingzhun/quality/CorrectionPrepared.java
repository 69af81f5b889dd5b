package org.jingzhun.quality;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_CorrectData created: the form's {{findingText}} says what is wrong. Forms are written in Chinese, so the text
 * is too; the quality page shows the same finding in the reader's language.
 */
@Component("correctionPrepared")
class CorrectionPrepared implements TaskListener {

    static final String FINDING_TEXT = "findingText";

    private final QualityService service;

    private final QualityTexts texts;

    CorrectionPrepared(QualityService service, QualityTexts texts) {
        this.service = service;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        long findingId = ((Number) task.getVariable(CorrectionProcesses.FINDING_ID)).longValue();
        task.setVariableLocal(FINDING_TEXT, texts.describe(service.get(findingId), Locale.SIMPLIFIED_CHINESE));
    }
}
