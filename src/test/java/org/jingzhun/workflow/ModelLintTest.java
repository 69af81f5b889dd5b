package org.jingzhun.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jingzhun.modeler.DecisionLint;
import org.jingzhun.modeler.FormLint;
import org.jingzhun.modeler.ModelLint;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The house rules for bpmn/ and forms/ (style.md), checked on the files as an administrator would edit them — with
 * the same rules (org.jingzhun.modeler) the models page applies before deploying. Expressions naming beans are
 * checked against the running application in ModelDeploymentTest.
 */
class ModelLintTest {

    static final Path BPMN = Path.of("bpmn");

    static final Path FORMS = Path.of("forms");

    @TestFactory
    Stream<DynamicTest> everyProcessModelFollowsTheHouseRules() throws IOException {
        List<Path> files = files(BPMN, ".bpmn");
        assertThat(files).isNotEmpty();
        ModelLint lint = new ModelLint(formIds(), bean -> true);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Bpmn.validateModel(Bpmn.readModelFromFile(file.toFile()));
            String name = file.getFileName().toString().replace(".bpmn", "");
            assertThat(lint.lintBpmn(Files.readAllBytes(file), name)).as(file.toString()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDecisionFollowsTheHouseRules() throws IOException {
        List<Path> files = files(BPMN, ".dmn");
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString().replace(".dmn", "");
            assertThat(DecisionLint.lint(Files.readAllBytes(file), name)).as(file.toString()).isEmpty();
        }));
    }

    @Test
    void everyFormIsNamedByItsIdAndReadableByTasklist() throws IOException {
        List<Path> files = files(FORMS, ".form");
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String source = Files.readString(file);
            String name = file.getFileName().toString().replace(".form", "");
            assertThat(FormLint.lint(new ObjectMapper().readTree(source), source, name)).as(file.toString())
                .isEmpty();
        }
    }

    @Test
    void everyFormIsUsedByAUserTask() throws IOException {
        Set<String> referenced = new HashSet<>();
        for (Path file : files(BPMN, ".bpmn")) {
            Bpmn.readModelFromFile(file.toFile())
                .getModelElementsByType(UserTask.class)
                .forEach(task -> referenced.add(task.getAttributeValueNs(ModelLint.CAMUNDA, "formRef")));
        }
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(formIds());
    }

    static Set<String> formIds() throws IOException {
        return files(FORMS, ".form").stream()
            .map(f -> f.getFileName().toString().replace(".form", ""))
            .collect(Collectors.toSet());
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

}
