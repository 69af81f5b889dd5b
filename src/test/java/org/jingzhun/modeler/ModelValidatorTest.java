package org.jingzhun.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The release passes every stage of the page's validation, with the application's real beans and forms. */
@IntegrationTest
class ModelValidatorTest {

    @Autowired
    ModelValidator validator;

    @Test
    void everyReleaseModelPassesTheValidation() throws IOException {
        List<Path> files;
        try (Stream<Path> bpmn = Files.walk(Path.of("bpmn")); Stream<Path> forms = Files.walk(Path.of("forms"))) {
            files = Stream.concat(bpmn, forms).filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            String name = file.getFileName().toString();
            ModelValidator.Checked checked = validator.check(null, name, Files.readAllBytes(file),
                    name.substring(0, name.lastIndexOf('.')));
            assertThat(checked.problems()).as(file.toString()).isEmpty();
            assertThat(checked.kind().resourceName(checked.key())).isEqualTo(file.toString().replace('\\', '/'));
        }
    }

    @Test
    void uploadNamesTheKindByItsExtensionWhateverItsCase() throws IOException {
        byte[] form = Files.readAllBytes(Path.of("forms/survey.form"));

        assertThat(validator.check(null, "SURVEY.FORM", form, null).kind()).isEqualTo(ModelKind.FORM);
        assertThat(validator.check(ModelKind.BPMN, "survey.form", form, null).problems())
            .containsExactly(ModelProblem.of("modeler.problem.extension"));
    }

    @Test
    void processFileHoldingADecisionIsRefused() throws IOException {
        byte[] decision = Files.readAllBytes(Path.of("bpmn/decisions/ReturnRisk.dmn"));

        assertThat(validator.check(null, "ReturnRisk.bpmn", decision, null).problems())
            .containsExactly(ModelProblem.of("modeler.problem.wrongContent", ".bpmn"));
    }

}
