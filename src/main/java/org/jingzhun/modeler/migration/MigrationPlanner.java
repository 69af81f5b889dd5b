package org.jingzhun.modeler.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.jingzhun.modeler.ModelCatalog;
import org.jingzhun.modeler.migration.PlanView.Choice;
import org.jingzhun.modeler.migration.PlanView.Definition;
import org.jingzhun.modeler.migration.PlanView.Unmapped;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;

/**
 * What an administrator sees before migrating: versions with their running instances, and the generated plan. Not
 * transactional itself: a plan the engine refuses marks the engine command's transaction rollback-only, which must
 * not be one a page then tries to commit.
 */
@Service
class MigrationPlanner {

    private final RepositoryService repositoryService;

    private final ModelCatalog catalog;

    private final ManagementService managementService;

    private final SourceInstances instances;

    private final EnginePlans plans;

    MigrationPlanner(RepositoryService repositoryService, ModelCatalog catalog,
            ManagementService managementService, SourceInstances instances, EnginePlans plans) {
        this.repositoryService = repositoryService;
        this.catalog = catalog;
        this.managementService = managementService;
        this.instances = instances;
        this.plans = plans;
    }

    List<ProcessVersions> processes() {
        Map<String, List<ProcessDefinition>> byKey = repositoryService.createProcessDefinitionQuery()
            .orderByProcessDefinitionKey()
            .asc()
            .orderByProcessDefinitionVersion()
            .asc()
            .list()
            .stream()
            .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        Map<String, Long> running = catalog.runningInstances();
        List<ProcessVersions> processes = new ArrayList<>();
        byKey.forEach((key, definitions) -> processes.add(new ProcessVersions(key,
                definitions.get(definitions.size() - 1).getName(),
                definitions.stream()
                    .map(d -> new ProcessVersions.Version(d.getId(), d.getVersion(),
                            running.getOrDefault(d.getId(), 0L)))
                    .toList())));
        return processes;
    }

    /** The engine's plan for the form, its report when it refuses it, and the choices still open. */
    PlanView plan(MigrationForm form) {
        ProcessDefinition source = definition(form.getSource());
        ProcessDefinition target = definition(form.getTarget());
        if (!source.getKey().equals(target.getKey())) {
            throw new ValidationException(new Violation("target", "migration.otherProcess"));
        }
        Map<String, Long> active = activeActivities(source.getId());
        List<Instruction> instructions;
        List<Failure> failures = List.of();
        try {
            instructions = Instruction.of(plans.build(form, active.keySet()));
        }
        catch (MigrationPlanValidationException e) {
            instructions = Instruction.of(e.getValidationReport().getMigrationPlan());
            failures = Failure.of(e.getValidationReport());
        }
        return new PlanView(view(source), view(target), instructions,
                unmapped(source.getId(), target.getId(), active), failures, instances.of(source.getId()));
    }

    /** The instances of the source definition among the given ids: a stale or forged id is dropped. */
    List<String> instancesOf(String sourceDefinitionId, List<String> ids) {
        return instances.among(sourceDefinitionId, ids);
    }

    /** The plan to run, or the engine's refusal. */
    MigrationPlan build(MigrationForm form) {
        definition(form.getSource());
        definition(form.getTarget());
        return plans.build(form, activeActivities(form.getSource()).keySet());
    }

    ProcessDefinition definition(String id) {
        ProcessDefinition definition = id == null ? null
                : repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw new NotFoundException("process definition " + id);
        }
        return definition;
    }

    private Map<String, Long> activeActivities(String definitionId) {
        return managementService.createActivityStatisticsQuery(definitionId)
            .list()
            .stream()
            .collect(Collectors.toMap(ActivityStatistics::getId, s -> (long) s.getInstances(), Long::sum,
                    LinkedHashMap::new));
    }

    private List<Unmapped> unmapped(String sourceId, String targetId, Map<String, Long> active) {
        Set<String> mappedByEngine = equalSources(sourceId, targetId);
        BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(sourceId);
        BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(targetId);
        List<FlowNode> targetNodes = new ArrayList<>(targetModel.getModelElementsByType(FlowNode.class));
        targetNodes.sort(Comparator.comparing(FlowNode::getId));
        return active.entrySet()
            .stream()
            .filter(e -> !e.getKey().contains("#") && !mappedByEngine.contains(e.getKey()))
            .map(e -> {
                FlowNode node = sourceModel.getModelElementById(e.getKey());
                String type = node == null ? "" : node.getElementType().getTypeName();
                List<Choice> choices = targetNodes.stream()
                    .filter(t -> t.getElementType().getTypeName().equals(type))
                    .map(t -> new Choice(t.getId(), t.getName()))
                    .toList();
                return new Unmapped(e.getKey(), node == null ? null : node.getName(), type, e.getValue(), choices);
            })
            .toList();
    }

    private Set<String> equalSources(String sourceId, String targetId) {
        MigrationPlan equal;
        try {
            equal = plans.equalOnly(sourceId, targetId);
        }
        catch (MigrationPlanValidationException e) {
            equal = e.getValidationReport().getMigrationPlan();
        }
        return Instruction.of(equal).stream().map(Instruction::source).collect(Collectors.toSet());
    }

    private static Definition view(ProcessDefinition definition) {
        return new Definition(definition.getId(), definition.getKey(), definition.getName(), definition.getVersion());
    }

}
