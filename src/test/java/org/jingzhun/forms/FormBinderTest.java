package org.jingzhun.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class FormBinderTest {

    private static final FormParser PARSER = new FormParser();

    private static final FormDefinition SURVEY =
            PARSER.parse(FormBinderTest.class.getResourceAsStream("/forms/survey.form"));

    private static final FormDefinition MEASURE_PLAN =
            PARSER.parse(FormBinderTest.class.getResourceAsStream("/forms/measure-plan.form"));

    private final FormBinder binder = new FormBinder();

    @Test
    void htmlPostWhenBoundThenCheckboxesAreBooleansAndChecklistsAreLists() {
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        post.add("incomeYear", "2024");
        post.add("safeDrinkingWater", "on");
        post.add("secondaryCauses", "SKILLS");
        post.add("secondaryCauses", "LABOUR");
        post.add("secondaryCauses", "");
        post.add("_csrf", "token");

        Map<String, Object> values = binder.bind(SURVEY, post);

        assertThat(values).containsOnlyKeys(SURVEY.keys());
        assertThat(values)
                .containsEntry("incomeYear", "2024")
                .containsEntry("safeDrinkingWater", true)
                .containsEntry("secondaryCauses", List.of("SKILLS", "LABOUR"))
                .containsEntry("housingGrade", null);
        assertThat(binder.bind(SURVEY, new LinkedMultiValueMap<>()))
                .containsEntry("safeDrinkingWater", false)
                .containsEntry("secondaryCauses", List.of());
    }

    @Test
    void indexedFieldsWhenBoundThenRowsInIndexOrderRenumbered() {
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        post.add("measures[2].content", "技能培训");
        post.add("measures[2].path", "EMPLOYMENT");
        post.add("measures[0].content", "养殖肉牛");
        post.add("measures[0].cost", "6000.00");
        post.add("measures[5]._row", "");
        post.add("planSummary", "先产业后就业");

        Map<String, Object> values = binder.bind(MEASURE_PLAN, post);

        assertThat(rows(values)).hasSize(3);
        assertThat(rows(values).get(0)).containsEntry("content", "养殖肉牛").containsEntry("cost", "6000.00");
        assertThat(rows(values).get(1)).containsEntry("content", "技能培训").containsEntry("path", "EMPLOYMENT");
        assertThat(rows(values).get(2)).containsEntry("content", null);
        assertThat(values).containsEntry("planSummary", "先产业后就业");
    }

    @Test
    void boundPostWhenValidatedThenTheSameTypedValuesAsJson() {
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        post.add("measures[0].path", "INDUSTRY");
        post.add("measures[0].content", "养殖肉牛");
        post.add("measures[0].cost", "6000");
        post.add("measures[0].startDate", "2025-07-01");
        Map<String, Object> json = Map.of("measures", List.of(Map.of("path", "INDUSTRY", "content", "养殖肉牛",
                "cost", 6000, "startDate", "2025-07-01")));

        FormValidator validator = new FormValidator();
        FormResult fromPost = validator.validate(MEASURE_PLAN, binder.bind(MEASURE_PLAN, post));

        assertThat(fromPost.isValid()).isTrue();
        assertThat(fromPost.values()).isEqualTo(validator.validate(MEASURE_PLAN, json).values());
    }

    @Test
    void addRowWhenRequestedThenAnEmptyRowIsAppended() {
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        post.add("measures[0].content", "养殖肉牛");
        post.add(RowAction.ADD, "measures");

        RowAction action = RowAction.from(post).orElseThrow();
        Map<String, Object> values = action.applyTo(MEASURE_PLAN, binder.bind(MEASURE_PLAN, post));

        assertThat(action.add()).isTrue();
        assertThat(rows(values)).hasSize(2);
        assertThat(rows(values).get(1)).isEmpty();
    }

    @Test
    void removeRowWhenRequestedThenThatRowIsGoneAndTheOthersKeepTheirValues() {
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        post.add("measures[0].content", "一");
        post.add("measures[1].content", "二");
        post.add("measures[2].content", "三");
        post.add(RowAction.REMOVE, "measures[1]");

        Map<String, Object> values = RowAction.from(post).orElseThrow()
                .applyTo(MEASURE_PLAN, binder.bind(MEASURE_PLAN, post));

        assertThat(rows(values)).extracting(row -> row.get("content")).containsExactly("一", "三");
    }

    @Test
    void rowActionWhenThePathIsNoEditableListThenValuesAreUnchanged() {
        Map<String, Object> values = Map.of("planSummary", "x", "measures", List.of(Map.of("content", "一")));

        for (RowAction action : List.of(new RowAction(true, "planSummary"), new RowAction(true, "nothing"),
                new RowAction(false, "measures[7]"), new RowAction(false, "measures"),
                new RowAction(true, "measures[0].content"))) {
            assertThat(action.applyTo(MEASURE_PLAN, values)).as(action.toString()).isEqualTo(values);
        }
        assertThat(RowAction.from(new LinkedMultiValueMap<>())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> values) {
        return (List<Map<String, Object>>) values.get("measures");
    }
}
