package org.jingzhun.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/** The rules for decision tables: named decisions (the first is the file's id) with a history time to live. */
public final class DecisionLint {

    private DecisionLint() {
    }

    public static List<ModelProblem> lint(byte[] content, String expectedKey) {
        SourceLines lines = new SourceLines(new String(content, StandardCharsets.UTF_8));
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        List<ModelProblem> problems = new ArrayList<>();
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        if (decisions.isEmpty()) {
            problems.add(ModelProblem.of("modeler.dmn.noDecision"));
            return problems;
        }
        String first = key(content);
        if (expectedKey != null && !expectedKey.equals(first)) {
            problems.add(ModelProblem.at(first, lines.of(first), "modeler.lint.keyMismatch", expectedKey, first));
        }
        for (Decision decision : decisions) {
            String id = decision.getId();
            if (ModelLint.GENERATED.matcher(id).matches()) {
                problems.add(ModelProblem.at(id, lines.of(id), "modeler.lint.generatedId"));
            }
            if (ModelLint.blank(decision.getCamundaHistoryTimeToLiveString())) {
                problems.add(ModelProblem.at(id, lines.of(id), "modeler.lint.historyTimeToLive"));
            }
        }
        return problems;
    }

    /** The id of the file's first decision: the model's key on the models page. */
    static String key(byte[] content) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        return model.getModelElementsByType(Decision.class).stream().map(Decision::getId).findFirst().orElse(null);
    }

}
