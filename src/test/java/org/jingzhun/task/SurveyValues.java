package org.jingzhun.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid survey as a JSON client sends it. */
final class SurveyValues {

    private SurveyValues() {
    }

    static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("incomeYear", 2026);
        values.put("wageIncome", 3000);
        values.put("businessIncome", 1000);
        values.put("propertyIncome", 0);
        values.put("transferIncome", 600);
        values.put("businessExpenses", 400);
        values.put("housingGrade", "B");
        values.put("safeDrinkingWater", true);
        values.put("mainCause", "ILLNESS");
        values.put("secondaryCauses", List.of("SKILLS"));
        values.put("attribute", "ORDINARY");
        values.put("surveyNotes", "入户核实");
        return values;
    }

}
