package org.jingzhun.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormParserTest {

    private final FormParser parser = new FormParser();

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(f -> f.toString().endsWith(".form")).sorted();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFormWhenParsedThenEveryInputKeyIsKnownAndNothingIsUnsupported(Path file) throws IOException {
        FormDefinition form = parser.parse(Files.readString(file));

        assertThat(file.getFileName().toString()).isEqualTo(form.id() + ".form");
        assertThat(form.unsupported()).isEmpty();
        assertThat(parsedKeys(form.fields())).containsExactlyInAnyOrderElementsOf(
                keysIn(new ObjectMapper().readTree(file.toFile()).path("components")));
    }

    @Test
    void measurePlanWhenParsedThenTheDynamicListHoldsItsRowFields() {
        FormDefinition form = parser.parse(getClass().getResourceAsStream("/forms/measure-plan.form"));

        FormComponent measures = form.field("measures").orElseThrow();
        assertThat(measures.type()).isEqualTo(ComponentType.DYNAMICLIST);
        assertThat(measures.allowAddRemove()).isTrue();
        assertThat(measures.defaultRepetitions()).isEqualTo(1);
        assertThat(measures.fields()).extracting(FormComponent::key)
                .containsExactly("path", "content", "provider", "cost", "fundSource", "startDate", "endDate");
        FormComponent content = measures.fields().get(1);
        assertThat(content.rules().required()).isTrue();
        assertThat(content.rules().maxLength()).isEqualTo(200);
        assertThat(measures.fields().get(3).decimalDigits()).isEqualTo(2);
    }

    @Test
    void surveyWhenParsedThenGroupsAreTransparentForData() {
        FormDefinition form = parser.parse(getClass().getResourceAsStream("/forms/survey.form"));

        assertThat(form.components()).extracting(FormComponent::type).contains(ComponentType.GROUP);
        assertThat(form.keys()).startsWith("incomeYear", "wageIncome");
        FormComponent year = form.field("incomeYear").orElseThrow();
        assertThat(year.rules().min()).isEqualByComparingTo("2010");
        assertThat(year.rules().max()).isEqualByComparingTo("2100");
        assertThat(form.field("secondaryCauses").orElseThrow().options()).hasSize(13);
    }

    @Test
    void datePickerWhenParsedThenItsDateLabelIsItsLabel() {
        FormDefinition form = parser.parse(getClass().getResourceAsStream("/forms/exit-agreement.form"));

        FormComponent signedOn = form.field("signedOn").orElseThrow();
        assertThat(signedOn.label()).isEqualTo("签字日期");
        assertThat(signedOn.subtype()).isEqualTo("date");
    }

    @Test
    void unknownComponentWhenParsedThenUnsupportedWithItsTypeName() {
        FormDefinition form = parser.parse("""
                {"id": "x", "schemaVersion": 16, "components": [
                  {"id": "Field_a", "type": "filepicker", "key": "scan"},
                  {"id": "Field_b", "type": "select", "key": "who", "valuesKey": "people"},
                  {"id": "Field_c", "type": "textfield", "key": "note", "conditional": {"hide": "=true"}}
                ]}""");

        assertThat(form.unsupported()).extracting(FormComponent::typeName)
                .containsExactly("filepicker", "select (options without static values)", "textfield (conditional)");
        assertThat(form.fields()).isEmpty();
    }

    private static List<String> parsedKeys(List<FormComponent> fields) {
        List<String> keys = new ArrayList<>();
        for (FormComponent field : fields) {
            keys.add(field.key());
            keys.addAll(parsedKeys(field.fields()));
        }
        return keys;
    }

    private static List<String> keysIn(JsonNode components) {
        List<String> keys = new ArrayList<>();
        for (JsonNode component : components) {
            String key = component.path("type").asText().equals("dynamiclist") ? "path" : "key";
            if (component.hasNonNull(key)) {
                keys.add(component.get(key).asText());
            }
            keys.addAll(keysIn(component.path("components")));
        }
        return keys;
    }
}
