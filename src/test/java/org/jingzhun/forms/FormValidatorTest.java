package org.jingzhun.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final FormParser PARSER = new FormParser();

    private static final FormDefinition SURVEY = form("survey");

    private static final FormDefinition MEASURE_PLAN = form("measure-plan");

    private static final FormDefinition EXIT_AGREEMENT = form("exit-agreement");

    private final FormValidator validator = new FormValidator();

    @Test
    void requiredFieldWhenMissingOrBlankThenRequiredError() {
        Map<String, Object> values = validSurvey();
        values.remove("wageIncome");
        values.put("housingGrade", "  ");

        FormResult result = validator.validate(SURVEY, values);

        assertThat(result.errors()).containsExactly(
                new Violation("wageIncome", "form.required"),
                new Violation("housingGrade", "form.required"));
    }

    @Test
    void numberWhenBelowMinOrAboveMaxThenMinMaxErrorsWithPlainLimits() {
        Map<String, Object> values = validSurvey();
        values.put("incomeYear", "2009");
        values.put("cultivatedLand", -1);

        FormResult result = validator.validate(SURVEY, values);

        assertThat(result.errors()).containsExactly(
                new Violation("incomeYear", "form.min", "2010"),
                new Violation("cultivatedLand", "form.min", "0"));

        values.put("incomeYear", 2101);
        values.put("cultivatedLand", 0);
        assertThat(validator.validate(SURVEY, values).errors())
                .containsExactly(new Violation("incomeYear", "form.max", "2100"));
    }

    @Test
    void numberWhenNotANumberThenNumberError() {
        Map<String, Object> values = validSurvey();
        values.put("wageIncome", "12a");
        values.put("businessIncome", "1e3");
        values.put("propertyIncome", Double.NaN);

        FormResult result = validator.validate(SURVEY, values);

        assertThat(result.errors()).containsExactly(
                new Violation("wageIncome", "form.number"),
                new Violation("businessIncome", "form.number"),
                new Violation("propertyIncome", "form.number"));
    }

    @Test
    void numberWhenMoreDecimalsThanAllowedThenDecimalDigitsOrIntegerError() {
        Map<String, Object> values = validSurvey();
        values.put("wageIncome", "100.123");
        values.put("incomeYear", "2024.5");
        values.put("transferIncome", "100.50");

        FormResult result = validator.validate(SURVEY, values);

        assertThat(result.errors()).containsExactly(
                new Violation("incomeYear", "form.integer", "0"),
                new Violation("wageIncome", "form.decimalDigits", "2"));
    }

    @Test
    void textWhenLongerThanMaxLengthThenMaxLengthError() {
        Map<String, Object> values = validSurvey();
        values.put("surveyNotes", "调".repeat(501));

        assertThat(validator.validate(SURVEY, values).errors())
                .containsExactly(new Violation("surveyNotes", "form.maxLength", "500"));
    }

    @Test
    void textWhenItDoesNotContainThePatternOrIsTooShortThenErrors() {
        FormDefinition form = PARSER.parse("""
                {"id": "x", "schemaVersion": 16, "components": [
                  {"id": "F1", "type": "textfield", "key": "phone", "validate": {"pattern": "^1[3-9]\\\\d{9}$"}},
                  {"id": "F2", "type": "textfield", "key": "code", "validate": {"minLength": 3, "pattern": "[0-9]"}}
                ]}""");

        FormResult result = validator.validate(form, Map.of("phone", "1234", "code", " ab "));

        assertThat(result.errors()).containsExactly(
                new Violation("phone", "form.pattern"),
                new Violation("code", "form.minLength", "3"),
                new Violation("code", "form.pattern"));
        assertThat(validator.validate(form, Map.of("phone", "13912345678", "code", "a1b")).isValid()).isTrue();
    }

    @Test
    void selectOrRadioWhenValueIsNotAnOptionThenOptionError() {
        Map<String, Object> values = validSurvey();
        values.put("housingGrade", "E");

        assertThat(validator.validate(SURVEY, values).errors())
                .containsExactly(new Violation("housingGrade", "form.option"));
        assertThat(validator.validate(EXIT_AGREEMENT, Map.of("decision", "maybe", "signedOn", "2025-06-30",
                "reason", "同意")).errors()).containsExactly(new Violation("decision", "form.option"));
    }

    @Test
    void checklistWhenAValueIsNotAnOptionThenOptionErrorElseDistinctValuesInOrder() {
        Map<String, Object> values = validSurvey();
        values.put("secondaryCauses", List.of("SKILLS", "NOPE", "OTHER"));

        assertThat(validator.validate(SURVEY, values).errors())
                .containsExactly(new Violation("secondaryCauses", "form.option"));

        values.put("secondaryCauses", List.of("SKILLS", "LABOUR", "SKILLS"));
        assertThat(validator.validate(SURVEY, values).values().get("secondaryCauses"))
                .isEqualTo(List.of("SKILLS", "LABOUR"));
    }

    @Test
    void dateWhenNotIsoOrImpossibleThenDateError() {
        Map<String, Object> values = new HashMap<>(Map.of("decision", "approve", "reason", "同意"));

        for (String bad : List.of("2025/06/30", "30.06.2025", "2025-02-30", "2025-6-3")) {
            values.put("signedOn", bad);
            assertThat(validator.validate(EXIT_AGREEMENT, values).errors())
                    .as(bad).containsExactly(new Violation("signedOn", "form.date"));
        }
        values.put("signedOn", "2024-02-29");
        assertThat(validator.validate(EXIT_AGREEMENT, values).values()).containsEntry("signedOn", "2024-02-29");
    }

    @Test
    void dynamicListWhenRowsAreInvalidThenErrorsCarryTheRowPath() {
        Map<String, Object> values = new HashMap<>();
        values.put("measures", List.of(
                Map.of("path", "EMPLOYMENT", "content", "护林员岗位", "startDate", "2025-07-01"),
                Map.of("path", "NOWHERE", "cost", "-5", "startDate", "2025-13-01"),
                "not a row"));

        FormResult result = validator.validate(MEASURE_PLAN, values);

        assertThat(result.errors()).containsExactly(
                new Violation("measures[1].path", "form.option"),
                new Violation("measures[1].content", "form.required"),
                new Violation("measures[1].cost", "form.min", "0"),
                new Violation("measures[1].startDate", "form.date"),
                new Violation("measures[2]", "form.invalid"));
        assertThat(result.errorsByField()).containsOnlyKeys("measures[1].path", "measures[1].content",
                "measures[1].cost", "measures[1].startDate", "measures[2]");
    }

    @Test
    void validSubmissionWhenValidatedThenValuesAreTypedForTaskVariables() {
        Map<String, Object> values = validSurvey();
        values.put("roadDistanceKm", "");
        values.put("unrelated", "ignored");
        values.put("safeDrinkingWater", "on");

        FormResult result = validator.validate(SURVEY, values);

        assertThat(result.isValid()).isTrue();
        assertThat(result.values()).containsOnlyKeys(SURVEY.keys());
        assertThat(result.values())
                .containsEntry("incomeYear", 2024L)
                .containsEntry("wageIncome", new BigDecimal("12000.50"))
                .containsEntry("businessIncome", new BigDecimal("3000"))
                .containsEntry("safeDrinkingWater", true)
                .containsEntry("roadDistanceKm", null)
                .containsEntry("housingGrade", "B")
                .containsEntry("secondaryCauses", List.of("SKILLS"))
                .containsEntry("surveyNotes", "门前有硬化路");
        assertThat(result.values().get("secondaryCauses")).isInstanceOf(ArrayList.class);
    }

    @Test
    void dynamicListWhenValidThenRowsAreListsOfTypedMaps() {
        Map<String, Object> row = Map.of("path", "INDUSTRY", "content", "养殖肉牛 2 头", "cost", 6000,
                "fundSource", "CREDIT", "startDate", "2025-07-01");

        FormResult result = validator.validate(MEASURE_PLAN, Map.of("measures", List.of(row)));

        assertThat(result.isValid()).isTrue();
        List<?> rows = (List<?>) result.values().get("measures");
        assertThat(rows).hasSize(1).first().isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) rows.get(0);
        assertThat(first)
                .containsEntry("cost", new BigDecimal("6000"))
                .containsEntry("startDate", "2025-07-01")
                .containsEntry("provider", null)
                .containsKeys("endDate");
        assertThat(result.values()).containsEntry("planSummary", null);
    }

    @Test
    void checkboxWhenAbsentThenFalseAndWhenRequiredThenMustBeTicked() {
        FormDefinition form = PARSER.parse("""
                {"id": "x", "schemaVersion": 16, "components": [
                  {"id": "F1", "type": "checkbox", "key": "signed", "validate": {"required": true}},
                  {"id": "F2", "type": "checkbox", "key": "optional"}
                ]}""");

        FormResult result = validator.validate(form, Map.of());

        assertThat(result.errors()).containsExactly(new Violation("signed", "form.required"));
        assertThat(validator.validate(form, Map.of("signed", true)).values())
                .containsEntry("signed", true).containsEntry("optional", false);
        assertThat(validator.validate(form, Map.of("signed", "yes")).errors())
                .containsExactly(new Violation("signed", "form.boolean"));
    }

    @Test
    void invalidSubmissionWhenThrownThenValidationExceptionCarriesEveryError() {
        FormResult result = validator.validate(EXIT_AGREEMENT, Map.of());

        assertThatThrownBy(result::throwIfInvalid).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).getViolations()).asList().hasSize(3);
    }

    private static Map<String, Object> validSurvey() {
        Map<String, Object> values = new HashMap<>();
        values.put("incomeYear", "2024");
        values.put("wageIncome", "12000.50");
        values.put("businessIncome", 3000);
        values.put("propertyIncome", new BigDecimal("0"));
        values.put("transferIncome", 1200.5);
        values.put("businessExpenses", "0");
        values.put("housingGrade", "B");
        values.put("mainCause", "ILLNESS");
        values.put("attribute", "ORDINARY");
        values.put("secondaryCauses", List.of("SKILLS"));
        values.put("surveyNotes", " 门前有硬化路 ");
        return values;
    }

    private static FormDefinition form(String id) {
        return PARSER.parse(FormValidatorTest.class.getResourceAsStream("/forms/" + id + ".form"));
    }
}
