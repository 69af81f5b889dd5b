package org.jingzhun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.jingzhun.household.Cause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The three decision tables of bpmn/decisions at their boundaries, on the plain DMN engine. */
class DecisionTablesTest {

    static DmnEngine engine;

    static DmnDecision exitEligibility;

    static DmnDecision measureRecommendation;

    static DmnDecision returnRisk;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        exitEligibility = decision("ExitEligibility");
        measureRecommendation = decision("MeasureRecommendation");
        returnRisk = decision("ReturnRisk");
    }

    static DmnDecision decision(String key) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("bpmn/decisions/" + key + ".dmn"))) {
            return engine.parseDecision(key, in);
        }
    }

    static Map<String, Object> eligibleHousehold(double income) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("perCapitaIncome", income);
        inputs.put("povertyLine", 4000.0);
        for (String indicator : new String[] { "foodSecure", "clothingSecure", "safeWater", "schoolingSecured",
                "medicalInsured", "housingSafe" }) {
            inputs.put(indicator, true);
        }
        return inputs;
    }

    Map<String, Object> exit(Map<String, Object> inputs) {
        return engine.evaluateDecisionTable(exitEligibility, inputs).getSingleResult().getEntryMap();
    }

    @Test
    void householdAboveTheLineWithAllSixIndicatorsMayExit() {
        assertThat(exit(eligibleHousehold(4000.01))).containsEntry("eligible", true);
    }

    @Test
    void incomeExactlyAtTheLineDoesNotExceedItSoTheHouseholdMayNotExit() {
        assertThat(exit(eligibleHousehold(4000.0))).containsEntry("eligible", false)
            .containsEntry("failedIndicator", "income");
    }

    @ParameterizedTest
    @CsvSource({ "foodSecure,food", "clothingSecure,clothing", "safeWater,water", "schoolingSecured,education",
            "medicalInsured,medical", "housingSafe,housing" })
    void eachFailingVetoIndicatorAloneStopsTheExit(String indicator, String failed) {
        Map<String, Object> inputs = eligibleHousehold(9000);
        inputs.put(indicator, false);
        assertThat(exit(inputs)).containsEntry("eligible", false).containsEntry("failedIndicator", failed);
    }

    @Test
    void incomeIsReportedFirstWhenSeveralIndicatorsFail() {
        Map<String, Object> inputs = eligibleHousehold(3000);
        inputs.put("housingSafe", false);
        assertThat(exit(inputs)).containsEntry("failedIndicator", "income");
    }

    Set<String> paths(Cause cause) {
        return engine.evaluateDecisionTable(measureRecommendation, Map.of("cause", cause.name()))
            .getResultList()
            .stream()
            .map(r -> (String) r.get("path"))
            .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyCauseGetsAtLeastOneKnownPath(Cause cause) {
        Set<String> known = java.util.Arrays.stream(org.jingzhun.assistance.Path.values())
            .map(Enum::name)
            .collect(Collectors.toSet());
        assertThat(paths(cause)).isNotEmpty().isSubsetOf(known);
    }

    @Test
    void recommendationsFollowTheDefaultTable() {
        assertThat(paths(Cause.ILLNESS)).containsExactly("HEALTH");
        assertThat(paths(Cause.DISABILITY)).containsExactlyInAnyOrder("SAFETY_NET", "EMPLOYMENT");
        assertThat(paths(Cause.SCHOOLING)).containsExactly("EDUCATION");
        assertThat(paths(Cause.LABOUR)).containsExactly("SAFETY_NET");
        assertThat(paths(Cause.FUNDS)).containsExactly("INDUSTRY");
        assertThat(paths(Cause.TRANSPORT)).containsExactly("RELOCATION");
        assertThat(paths(Cause.SKILLS)).contains("EMPLOYMENT");
    }

    String risk(double income, boolean vetoFailed, boolean hardship) {
        Map<String, Object> inputs = Map.of("perCapitaIncome", income, "povertyLine", 4000.0, "monitoringLine",
                6000.0, "vetoFailed", vetoFailed, "hardshipReported", hardship);
        return (String) engine.evaluateDecisionTable(returnRisk, inputs).getSingleResult().get("riskLevel");
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0, 3999.99, 4000 })
    void incomeAtOrBelowThePovertyLineIsAReturnRisk(double income) {
        assertThat(risk(income, false, false)).isEqualTo("RETURN");
    }

    @ParameterizedTest
    @ValueSource(doubles = { 4000.01, 5999.99, 6000 })
    void incomeAboveThePovertyLineButAtOrBelowTheMonitoringLineIsMonitored(double income) {
        assertThat(risk(income, false, false)).isEqualTo("MONITOR");
    }

    @Test
    void incomeAboveTheMonitoringLineWithoutHardshipIsNoRisk() {
        assertThat(risk(6000.01, false, false)).isEqualTo("NONE");
    }

    @Test
    void aFailingVetoIndicatorIsAReturnRiskWhateverTheIncome() {
        assertThat(risk(20000, true, false)).isEqualTo("RETURN");
    }

    @Test
    void aReportedHardshipIsMonitoredEvenWithGoodIncome() {
        assertThat(risk(20000, false, true)).isEqualTo("MONITOR");
    }

}
