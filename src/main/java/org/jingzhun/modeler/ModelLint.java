package org.jingzhun.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The house rules for process models (style.md), applied to the release's files by ModelLintTest and to every model an
 * administrator deploys. Each problem names the element and, where the text shows it, the line.
 */
public final class ModelLint {

    public static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    static final Pattern GENERATED = Pattern.compile(".*_[0-9][0-9a-z]{6}$");

    static final Pattern PROCESS_ID = Pattern.compile("[A-Z][A-Za-z0-9]*Process");

    /** Attributes whose expressions start with a bean: delegates, listeners, groups, assignees, dates, collections. */
    static final Set<String> BEAN_ATTRIBUTES = Set.of("delegateExpression", "candidateGroups", "candidateUsers",
            "assignee", "dueDate", "followUpDate", "collection", "expression");

    static final Set<String> TIMER_ELEMENTS = Set.of("timeDuration", "timeDate", "timeCycle");

    static final Pattern EXPRESSION_ROOT = Pattern.compile("[$#]\\{\\s*([a-zA-Z_]\\w*)");

    /** Names the engine itself resolves in an expression. */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");

    static final Map<Class<? extends BaseElement>, String> ID_PREFIXES = Map.of(StartEvent.class, "StartEvent_",
            EndEvent.class, "EndEvent_", Gateway.class, "Gateway_", SequenceFlow.class, "SequenceFlow_",
            BoundaryEvent.class, "BoundaryEvent_", CallActivity.class, "CallActivity_", SubProcess.class,
            "SubProcess_");

    private final Set<String> formIds;

    private final Predicate<String> beanExists;

    /**
     * @param formIds the forms a user task may reference
     * @param beanExists whether an expression's first name is a bean of the application
     */
    public ModelLint(Set<String> formIds, Predicate<String> beanExists) {
        this.formIds = Set.copyOf(formIds);
        this.beanExists = beanExists;
    }

    /** Every broken rule of a process model; {@code expectedKey} (may be null) is the id its file name promises. */
    public List<ModelProblem> lintBpmn(byte[] content, String expectedKey) {
        String source = new String(content, StandardCharsets.UTF_8);
        SourceLines lines = new SourceLines(source);
        List<ModelProblem> problems = new ArrayList<>();
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.size() != 1) {
            problems.add(ModelProblem.of("modeler.lint.processCount", processes.size()));
            return problems;
        }
        Process process = processes.iterator().next();
        String id = process.getId();
        if (!PROCESS_ID.matcher(id).matches()) {
            problems.add(at(lines, id, "modeler.lint.processId", id));
        }
        if (expectedKey != null && !expectedKey.equals(id)) {
            problems.add(at(lines, id, "modeler.lint.keyMismatch", expectedKey, id));
        }
        if (!process.isExecutable()) {
            problems.add(at(lines, id, "modeler.lint.notExecutable"));
        }
        if (blank(process.getCamundaHistoryTimeToLiveString())) {
            problems.add(at(lines, id, "modeler.lint.historyTimeToLive"));
        }
        forbidden(model, lines, problems);
        nodes(model, lines, problems);
        flows(model, lines, problems);
        expressions(model, lines, problems);
        return problems;
    }

    private void forbidden(BpmnModelInstance model, SourceLines lines, List<ModelProblem> problems) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getDomElement().hasAttribute(CAMUNDA, "class")) {
                problems.add(at(lines, element.getId(), "modeler.lint.javaClass"));
            }
        }
        model.getModelElementsByType(ScriptTask.class)
            .forEach(task -> problems.add(at(lines, task.getId(), "modeler.lint.script")));
        walk(model.getDocument().getRootElement(), element -> {
            if (CAMUNDA.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName())) {
                problems.add(at(lines, owner(element), "modeler.lint.script"));
            }
        });
    }

    private void nodes(BpmnModelInstance model, SourceLines lines, List<ModelProblem> problems) {
        Set<String> shaped = model.getModelElementsByType(BpmnShape.class)
            .stream()
            .filter(s -> s.getBpmnElement() != null)
            .map(s -> s.getBpmnElement().getId())
            .collect(Collectors.toSet());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String id = node.getId();
            if (GENERATED.matcher(id).matches()) {
                problems.add(at(lines, id, "modeler.lint.generatedId"));
            }
            if (!shaped.contains(id)) {
                problems.add(at(lines, id, "modeler.lint.noShape"));
            }
            boolean unlabelledGateway = node instanceof ParallelGateway
                    || node instanceof Gateway && node.getOutgoing().size() == 1;
            if (!unlabelledGateway && blank(node.getName())) {
                problems.add(at(lines, id, "modeler.lint.label"));
            }
            String prefix = prefix(node);
            if (!id.startsWith(prefix)) {
                problems.add(at(lines, id, "modeler.lint.idPrefix", prefix));
            }
            if (node instanceof UserTask task) {
                userTask(model, task, lines, problems);
            }
            if (node instanceof ServiceTask task && !String.valueOf(task.getCamundaDelegateExpression())
                .startsWith("${")) {
                problems.add(at(lines, id, "modeler.lint.delegateExpression"));
            }
        }
    }

    private void userTask(BpmnModelInstance model, UserTask task, SourceLines lines, List<ModelProblem> problems) {
        String id = task.getId();
        if (!String.valueOf(task.getCamundaCandidateGroups()).startsWith("${candidates.")) {
            problems.add(at(lines, id, "modeler.lint.candidateGroups"));
        }
        if (!String.valueOf(task.getCamundaDueDate()).startsWith("${policy.dueDate(")) {
            problems.add(at(lines, id, "modeler.lint.dueDate"));
        }
        String formRef = task.getAttributeValueNs(CAMUNDA, "formRef");
        if (blank(formRef)) {
            problems.add(at(lines, id, "modeler.lint.formRefMissing"));
        }
        else if (!formIds.contains(formRef)) {
            problems.add(at(lines, id, "modeler.lint.formRef", formRef));
        }
        if (!"deployment".equals(task.getAttributeValueNs(CAMUNDA, "formRefBinding"))) {
            problems.add(at(lines, id, "modeler.lint.formRefBinding"));
        }
        List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class)
            .stream()
            .filter(b -> b.getAttachedTo() == task)
            .filter(b -> !b.getEventDefinitions().isEmpty()
                    && b.getEventDefinitions().iterator().next() instanceof TimerEventDefinition)
            .toList();
        List<String> expressions = timers.stream().map(ModelLint::timerExpression).toList();
        boolean ladder = timers.size() == 2 && timers.stream().noneMatch(BoundaryEvent::cancelActivity)
                && expressions.stream().anyMatch(e -> e.startsWith("${policy.due("))
                && expressions.stream().anyMatch(e -> e.startsWith("${policy.escalation("));
        if (!ladder) {
            problems.add(at(lines, id, "modeler.lint.timers"));
        }
    }

    private void flows(BpmnModelInstance model, SourceLines lines, List<ModelProblem> problems) {
        Set<String> edged = model.getModelElementsByType(BpmnEdge.class)
            .stream()
            .filter(e -> e.getBpmnElement() != null)
            .map(e -> e.getBpmnElement().getId())
            .collect(Collectors.toSet());
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            String id = flow.getId();
            if (!id.startsWith("SequenceFlow_")) {
                problems.add(at(lines, id, "modeler.lint.idPrefix", "SequenceFlow_"));
            }
            if (GENERATED.matcher(id).matches()) {
                problems.add(at(lines, id, "modeler.lint.generatedId"));
            }
            if (!edged.contains(id)) {
                problems.add(at(lines, id, "modeler.lint.noEdge"));
            }
            if (flow.getSource() instanceof Gateway gateway && gateway.getOutgoing().size() > 1
                    && !(gateway instanceof ParallelGateway) && !(gateway instanceof EventBasedGateway)) {
                if (flow.getConditionExpression() == null) {
                    problems.add(at(lines, id, "modeler.lint.condition"));
                }
                if (blank(flow.getName())) {
                    problems.add(at(lines, id, "modeler.lint.answer"));
                }
            }
        }
    }

    /** Every expression that starts with a name must name a bean, an engine name or a multi-instance variable. */
    private void expressions(BpmnModelInstance model, SourceLines lines, List<ModelProblem> problems) {
        Set<String> variables = new HashSet<>(ENGINE_NAMES);
        walk(model.getDocument().getRootElement(), element -> {
            String variable = element.getAttribute(CAMUNDA, "elementVariable");
            if (!blank(variable)) {
                variables.add(variable);
            }
        });
        walk(model.getDocument().getRootElement(), element -> {
            List<String> texts = new ArrayList<>();
            for (String attribute : BEAN_ATTRIBUTES) {
                String value = element.getAttribute(CAMUNDA, attribute);
                if (!blank(value)) {
                    texts.add(value);
                }
            }
            if (TIMER_ELEMENTS.contains(element.getLocalName())) {
                texts.add(element.getTextContent());
            }
            for (String text : texts) {
                Matcher matcher = EXPRESSION_ROOT.matcher(text);
                while (matcher.find()) {
                    String root = matcher.group(1);
                    if (!variables.contains(root) && !beanExists.test(root)) {
                        problems.add(at(lines, owner(element), "modeler.lint.unknownBean", text.trim(), root));
                    }
                }
            }
        });
    }

    private static String timerExpression(BoundaryEvent timer) {
        TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
        ModelElementInstance expression = definition.getTimeDuration() != null ? definition.getTimeDuration()
                : definition.getTimeDate() != null ? definition.getTimeDate() : definition.getTimeCycle();
        return expression == null ? "" : expression.getTextContent().trim();
    }

    static String prefix(FlowNode node) {
        if (node instanceof Task || node instanceof BusinessRuleTask || node instanceof ScriptTask) {
            return "Task_";
        }
        if (node instanceof IntermediateCatchEvent event && !event.getEventDefinitions().isEmpty()) {
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

    /** The id of the element or of its nearest ancestor that has one (a listener names its task). */
    private static String owner(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttribute("id");
            if (!blank(id)) {
                return id;
            }
        }
        return null;
    }

    private static void walk(DomElement element, java.util.function.Consumer<DomElement> visit) {
        visit.accept(element);
        for (DomElement child : element.getChildElements()) {
            walk(child, visit);
        }
    }

    private static ModelProblem at(SourceLines lines, String id, String code, Object... args) {
        return ModelProblem.at(id, lines.of(id), code, args);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
