package org.jingzhun.modeler.migration;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.migration.MigrationPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migrates each chosen instance for real — the engine validates an instance only while migrating it — in its own
 * transaction, which is then rolled back: the per-instance report without changing anything.
 */
@Service
class DryRun {

    private final MigrationPlanner planner;

    private final InstanceMigration migration;

    private final TransactionTemplate eachInstance;

    DryRun(MigrationPlanner planner, InstanceMigration migration, PlatformTransactionManager transactions) {
        this.planner = planner;
        this.migration = migration;
        this.eachInstance = new TransactionTemplate(transactions);
        this.eachInstance.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @throws org.camunda.bpm.engine.migration.MigrationPlanValidationException when the plan itself is refused */
    List<InstanceResult> run(MigrationForm form) {
        MigrationPlan plan = planner.build(form);
        List<InstanceResult> results = new ArrayList<>();
        for (String instance : planner.instancesOf(form.getSource(), form.getInstances())) {
            results.add(tryOne(plan, instance));
        }
        return results;
    }

    private InstanceResult tryOne(MigrationPlan plan, String instance) {
        try {
            eachInstance.executeWithoutResult(status -> {
                status.setRollbackOnly();
                migration.migrate(plan, instance);
            });
            return new InstanceResult(instance, List.of());
        }
        catch (RuntimeException e) {
            return new InstanceResult(instance, Failure.of(e));
        }
    }

}
