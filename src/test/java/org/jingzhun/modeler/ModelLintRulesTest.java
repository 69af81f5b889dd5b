package org.jingzhun.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Each house rule refuses what it should, naming the element and its line. */
class ModelLintRulesTest {

    static final Set<String> FORMS = Set.of("survey", "helper-assignment", "democratic-appraisal",
            "identification-review", "registration-approval");

    final ModelLint lint = new ModelLint(FORMS, bean -> !bean.equals("noSuchBean"));

    @Test
    void releaseProcessPassesWhenItsBeansExist() throws IOException {
        assertThat(lint.lintBpmn(identification().getBytes(StandardCharsets.UTF_8), "IdentificationProcess"))
            .isEmpty();
    }

    @Test
    void javaClassIsRefusedAtItsElementAndLine() throws IOException {
        String model = identification().replace("camunda:delegateExpression=\"${registerHousehold}\"",
                "camunda:class=\"org.example.Register\"");

        assertThat(problems(model)).contains(ModelProblem.at("Task_RegisterHousehold", 245, "modeler.lint.javaClass"),
                ModelProblem.at("Task_RegisterHousehold", 245, "modeler.lint.delegateExpression"));
    }

    @Test
    void generatedIdIsRefused() throws IOException {
        String model = identification().replace("Task_RegisterHousehold", "Activity_1du843u");

        assertThat(problems(model)).extracting(ModelProblem::code).contains("modeler.lint.generatedId",
                "modeler.lint.idPrefix");
    }

    @Test
    void unknownBeanIsRefused() throws IOException {
        String model = identification().replace("${registerHousehold}", "${noSuchBean}");

        assertThat(problems(model)).containsExactly(ModelProblem.at("Task_RegisterHousehold", 245,
                "modeler.lint.unknownBean", "${noSuchBean}", "noSuchBean"));
    }

    @Test
    void formThatDoesNotExistIsRefused() throws IOException {
        String model = identification().replace("camunda:formRef=\"survey\"", "camunda:formRef=\"no-such-form\"");

        assertThat(problems(model)).extracting(ModelProblem::code).containsExactly("modeler.lint.formRef");
        assertThat(problems(model).get(0).element()).isEqualTo("Task_SurveyHousehold");
    }

    @Test
    void candidateGroupsMustComeFromTheCandidatesBean() throws IOException {
        String model = identification().replaceFirst("camunda:candidateGroups=\"\\$\\{candidates\\.[^\"]*\"",
                "camunda:candidateGroups=\"cadre-622922100201\"");

        assertThat(problems(model)).extracting(ModelProblem::code).containsExactly("modeler.lint.candidateGroups");
    }

    @Test
    void formWithDuplicateKeysAndANewSchemaIsRefused() throws IOException {
        String form = """
                {"id": "test-form", "schemaVersion": 19, "components": [
                  {"id": "Field_a", "key": "amount", "type": "number"},
                  {"id": "Field_b", "key": "amount", "type": "textfield"}
                ]}""";

        List<ModelProblem> problems = FormLint.lint(new ObjectMapper().readTree(form), form, "test-form");

        assertThat(problems).extracting(ModelProblem::code)
            .containsExactly("modeler.form.schemaVersion", "modeler.form.duplicateKey");
        assertThat(problems.get(1).element()).isEqualTo("Field_b");
        assertThat(problems.get(1).line()).isEqualTo(3);
    }

    @Test
    void doctypeIsRefusedBeforeAnyEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>";

        SafeXml.Result result = SafeXml.parse(xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document()).isNull();
        assertThat(result.problem().code()).isEqualTo("modeler.problem.doctype");
    }

    private List<ModelProblem> problems(String model) {
        return lint.lintBpmn(model.getBytes(StandardCharsets.UTF_8), "IdentificationProcess");
    }

    private static String identification() throws IOException {
        return Files.readString(Path.of("bpmn/IdentificationProcess.bpmn"));
    }

}
