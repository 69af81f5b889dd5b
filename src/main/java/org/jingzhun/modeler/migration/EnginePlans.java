package org.jingzhun.modeler.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.springframework.stereotype.Component;

/** Builds the engine's migration plans: from the administrator's form, or again from a run's recorded lines. */
@Component
class EnginePlans {

    static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RuntimeService runtimeService;

    EnginePlans(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Equal ids mapped by the engine, then the administrator's choices. A chosen multi-instance activity brings its
     * body along (the engine migrates the body and the inner activity as two scopes). "Update event triggers" applies
     * to the equal mappings, as in the engine's own builder: the chosen ones are tasks, which have no trigger.
     *
     * @throws org.camunda.bpm.engine.migration.MigrationPlanValidationException with the engine's report
     */
    MigrationPlan build(MigrationForm form, Set<String> activeSourceIds) {
        MigrationInstructionsBuilder equal = runtimeService.createMigrationPlan(form.getSource(), form.getTarget())
            .mapEqualActivities();
        MigrationPlanBuilder builder = form.isUpdateEventTriggers() ? equal.updateEventTriggers() : equal;
        for (Map.Entry<String, String> chosen : form.chosenMappings().entrySet()) {
            builder = map(builder, chosen.getKey(), chosen.getValue(), false);
            if (activeSourceIds.contains(chosen.getKey() + MULTI_INSTANCE_BODY)) {
                builder = map(builder, chosen.getKey() + MULTI_INSTANCE_BODY, chosen.getValue() + MULTI_INSTANCE_BODY,
                        false);
            }
        }
        return builder.build();
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
