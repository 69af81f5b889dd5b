package org.jingzhun.workflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates the DMN tables of bpmn/decisions by key: rules live there, services ask them. */
@Component
public class Rules {

    private final DecisionService decisionService;

    Rules(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The single matching rule's outputs, or an empty map when no rule matched. */
    public Map<String, Object> first(String decisionKey, Map<String, Object> inputs) {
        var result = decisionService.evaluateDecisionTableByKey(decisionKey, inputs);
        return result.isEmpty() ? Map.of() : result.getFirstResult().getEntryMap();
    }

    public List<Map<String, Object>> all(String decisionKey, Map<String, Object> inputs) {
        return decisionService.evaluateDecisionTableByKey(decisionKey, inputs).getResultList();
    }

}
