package org.jingzhun.modeler.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/** Builds the engine's migration plans: from the administrator's form, or again from a run's recorded lines. */
@Component
class EnginePlans {

    static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RuntimeService runtimeService;

    private final RepositoryService repositoryService;

    EnginePlans(RuntimeService runtimeService, RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /**
     * Equal ids mapped by the engine, then the administrator's choices. A chosen multi-instance activity brings its
     * body along (the engine migrates the body and the inner activity as two scopes), and so do its boundary events
     * that keep their ids on the new task: the engine leaves those out of the equal mapping because their task was not
     * in it, and would otherwise drop a waiting reminder timer and start a new one with a new due date.
     * "Update event triggers" applies to every mapped event; the chosen tasks themselves have no trigger.
     *
     * @throws org.camunda.bpm.engine.migration.MigrationPlanValidationException with the engine's report
     */
    MigrationPlan build(MigrationForm form, Set<String> activeSourceIds) {
        MigrationInstructionsBuilder equal = runtimeService.createMigrationPlan(form.getSource(), form.getTarget())
            .mapEqualActivities();
        MigrationPlanBuilder builder = form.isUpdateEventTriggers() ? equal.updateEventTriggers() : equal;
        Map<String, String> chosenMappings = form.chosenMappings();
        BpmnModelInstance source = chosenMappings.isEmpty() ? null
                : repositoryService.getBpmnModelInstance(form.getSource());
        BpmnModelInstance target = chosenMappings.isEmpty() ? null
                : repositoryService.getBpmnModelInstance(form.getTarget());
        for (Map.Entry<String, String> chosen : chosenMappings.entrySet()) {
            builder = map(builder, chosen.getKey(), chosen.getValue(), false);
            for (String event : boundaryEventsKept(source, target, chosen.getKey(), chosen.getValue())) {
                builder = map(builder, event, event, form.isUpdateEventTriggers());
            }
            if (activeSourceIds.contains(chosen.getKey() + MULTI_INSTANCE_BODY)) {
                builder = map(builder, chosen.getKey() + MULTI_INSTANCE_BODY, chosen.getValue() + MULTI_INSTANCE_BODY,
                        false);
            }
        }
        return builder.build();
    }

    private static List<String> boundaryEventsKept(BpmnModelInstance source, BpmnModelInstance target, String from,
            String to) {
        return source.getModelElementsByType(BoundaryEvent.class)
            .stream()
            .filter(event -> event.getAttachedTo() != null && event.getAttachedTo().getId().equals(from))
            .filter(event -> target.getModelElementById(event.getId()) instanceof BoundaryEvent kept
                    && kept.getAttachedTo() != null && kept.getAttachedTo().getId().equals(to))
            .map(BoundaryEvent::getId)
            .sorted()
            .toList();
    }

    /** Only what the engine maps by itself: the activities left out of it are the ones the administrator maps. */
    MigrationPlan equalOnly(String source, String target) {
        return runtimeService.createMigrationPlan(source, target).mapEqualActivities().build();
    }

    MigrationPlan rebuild(String source, String target, List<Instruction> instructions) {
        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source, target);
        for (Instruction instruction : instructions) {
            builder = map(builder, instruction.source(), instruction.target(), instruction.updateEventTrigger());
        }
        return builder.build();
    }

    private static MigrationPlanBuilder map(MigrationPlanBuilder builder, String from, String to, boolean trigger) {
        MigrationInstructionBuilder instruction = builder.mapActivities(from, to);
        return trigger ? instruction.updateEventTrigger() : instruction;
    }

}
