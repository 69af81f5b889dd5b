package org.jingzhun.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The house rules for bpmn/ and forms/ (style.md), checked on the files as an administrator would edit them. */
class ModelLintTest {

    static final Path BPMN = Path.of("bpmn");

    static final Path FORMS = Path.of("forms");

    static final Pattern GENERATED = Pattern.compile(".*_[0-9][0-9a-z]{6}$");

    static final Map<Class<? extends BaseElement>, String> ID_PREFIXES = Map.of(StartEvent.class, "StartEvent_",
            EndEvent.class, "EndEvent_", Gateway.class, "Gateway_", SequenceFlow.class, "SequenceFlow_",
            BoundaryEvent.class, "BoundaryEvent_", CallActivity.class, "CallActivity_", SubProcess.class,
            "SubProcess_");

    @TestFactory
    Stream<DynamicTest> everyProcessModelFollowsTheHouseRules() throws IOException {
        List<Path> files = files(BPMN, ".bpmn");
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> lint(file)));
    }

    @Test
    void everyFormIsNamedByItsIdAndReadableByTasklist() throws IOException {
        List<Path> files = files(FORMS, ".form");
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode form = new ObjectMapper().readTree(file.toFile());
            String name = file.getFileName().toString().replace(".form", "");
            assertThat(form.path("id").asText()).as("form id of %s", file).isEqualTo(name);
            assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", file).isBetween(1, 16);
            List<JsonNode> components = new ArrayList<>();
            collect(form.path("components"), components);
            Set<String> ids = components.stream().map(c -> c.path("id").asText()).collect(Collectors.toSet());
            assertThat(ids).as("unique component ids in %s", file).hasSameSizeAs(components);
            for (JsonNode component : components) {
                String id = component.path("id").asText();
                assertThat(id).as("component id in %s", file).isNotBlank().doesNotMatch(GENERATED);
                if (!Set.of("text", "group", "dynamiclist", "spacer", "separator").contains(component.path("type").asText())) {
                    assertThat(component.path("key").asText()).as("key of %s in %s", id, file).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyFormIsUsedByAUserTask() throws IOException {
        Set<String> referenced = new java.util.HashSet<>();
        for (Path file : files(BPMN, ".bpmn")) {
            Bpmn.readModelFromFile(file.toFile())
                .getModelElementsByType(UserTask.class)
                .forEach(task -> referenced.add(task.getAttributeValueNs(CAMUNDA, "formRef")));
        }
        Set<String> forms = files(FORMS, ".form").stream()
            .map(f -> f.getFileName().toString().replace(".form", ""))
            .collect(Collectors.toSet());
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(forms);
    }

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private void lint(Path file) throws IOException {
        String xml = Files.readString(file);
        assertThat(xml).doesNotContain("camunda:class=").doesNotContain("scriptTask").doesNotContain("camunda:script");
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        String name = file.getFileName().toString().replace(".bpmn", "");
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        assertThat(processes).hasSize(1);
        Process process = processes.iterator().next();
        assertThat(process.getId()).isEqualTo(name).endsWith("Process");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", name).isNotBlank();

        Set<String> shaped = model.getModelElementsByType(BpmnShape.class)
            .stream()
            .map(s -> s.getBpmnElement().getId())
            .collect(Collectors.toSet());
        Set<String> edged = model.getModelElementsByType(BpmnEdge.class)
            .stream()
            .map(e -> e.getBpmnElement().getId())
            .collect(Collectors.toSet());
        Set<String> formIds = files(FORMS, ".form").stream()
            .map(f -> f.getFileName().toString().replace(".form", ""))
            .collect(Collectors.toSet());

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String id = node.getId();
            assertThat(id).as("id in %s", name).doesNotMatch(GENERATED);
            assertThat(shaped).as("diagram shape of %s in %s", id, name).contains(id);
            boolean unlabelledGateway = node instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway
                    || node instanceof Gateway && node.getOutgoing().size() == 1;
            if (!unlabelledGateway) {
                assertThat(node.getName()).as("label of %s in %s", id, name).isNotBlank();
            }
            assertThat(id).as("id of %s in %s", node.getElementType().getTypeName(), name).startsWith(prefix(node));
            if (node instanceof UserTask task) {
                lintUserTask(model, task, formIds, name);
            }
            if (node instanceof ServiceTask task) {
                assertThat(task.getCamundaDelegateExpression()).as("delegateExpression of %s", id).startsWith("${");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(flow.getId()).as("flow id in %s", name).startsWith("SequenceFlow_").doesNotMatch(GENERATED);
            assertThat(edged).as("diagram edge of %s in %s", flow.getId(), name).contains(flow.getId());
            if (flow.getSource() instanceof Gateway gateway && gateway.getOutgoing().size() > 1
                    && !(gateway instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway)
                    && !(gateway instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway)) {
                assertThat(flow.getConditionExpression()).as("condition on %s", flow.getId()).isNotNull();
                assertThat(flow.getName()).as("answer label on %s", flow.getId()).isNotBlank();
            }
        }
    }

    private void lintUserTask(BpmnModelInstance model, UserTask task, Set<String> formIds, String process) {
        String id = task.getId();
        assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", id).startsWith("${candidates.");
        assertThat(task.getCamundaDueDate()).as("due date of %s", id).startsWith("${policy.dueDate(");
        assertThat(task.getAttributeValueNs(CAMUNDA, "formRef")).as("formRef of %s in %s", id, process).isIn(formIds);
        assertThat(task.getAttributeValueNs(CAMUNDA, "formRefBinding")).as("formRefBinding of %s", id)
            .isEqualTo("deployment");
        List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class)
            .stream()
            .filter(b -> b.getAttachedTo() == task)
            .filter(b -> !b.getEventDefinitions().isEmpty()
                    && b.getEventDefinitions().iterator().next() instanceof TimerEventDefinition)
            .toList();
        assertThat(timers).as("reminder and escalation timers on %s", id).hasSize(2);
        assertThat(timers).allSatisfy(timer -> assertThat(timer.cancelActivity()).isFalse());
        assertThat(timers.stream().map(t -> timerExpression(t)).toList()).as("timers of %s", id)
            .anySatisfy(e -> assertThat(e).startsWith("${policy.due("))
            .anySatisfy(e -> assertThat(e).startsWith("${policy.escalation("));
    }

    private static String timerExpression(BoundaryEvent timer) {
        TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
        return definition.getTimeDuration() != null ? definition.getTimeDuration().getTextContent()
                : definition.getTimeDate().getTextContent();
    }

    private static String prefix(FlowNode node) {
        if (node instanceof org.camunda.bpm.model.bpmn.instance.Task || node instanceof BusinessRuleTask
                || node instanceof ScriptTask) {
            return "Task_";
        }
        if (node instanceof IntermediateCatchEvent event) {
            var definition = event.getEventDefinitions().iterator().next();
            return definition instanceof MessageEventDefinition ? "Msg_" : "TimerEvent_";
        }
        return ID_PREFIXES.entrySet()
            .stream()
            .filter(e -> e.getKey().isInstance(node))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse("");
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

}
