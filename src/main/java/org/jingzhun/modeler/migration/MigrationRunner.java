package org.jingzhun.modeler.migration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.migration.MigrationPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Works off the PENDING instances of all runs, one instance per transaction, on one background thread of its own:
 * an instance the engine refuses is recorded as FAILED with the engine's message and the others go on. The work is
 * also callable directly ({@link #runPending()}), which is how tests drive it without waiting.
 */
@Component
class MigrationRunner {

    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

    private final MigrationRunStore store;

    private final EnginePlans plans;

    private final InstanceMigration migration;

    private final TransactionTemplate eachInstance;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "migration-runner");
        thread.setDaemon(true);
        return thread;
    });

    MigrationRunner(MigrationRunStore store, EnginePlans plans, InstanceMigration migration,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.plans = plans;
        this.migration = migration;
        this.eachInstance = new TransactionTemplate(transactions);
        this.eachInstance.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Resumes runs a shutdown interrupted: their unfinished instances were rolled back to PENDING. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        schedule();
    }

    void schedule() {
        executor.submit(() -> {
            try {
                runPending();
            }
            catch (RuntimeException e) {
                log.error("Migration runner stopped; the remaining instances wait for the next run", e);
            }
        });
    }

    /** Completes once everything scheduled before it has run (one thread: first in, first out). */
    Future<?> idle() {
        return executor.submit(() -> {
        });
    }

    /** Migrates every waiting instance; returns how many it handled. */
    synchronized int runPending() {
        Map<Long, MigrationPlan> planOfRun = new HashMap<>();
        int handled = 0;
        for (Optional<Map<String, Object>> next = store.nextPending(); next.isPresent(); next = store.nextPending()) {
            long itemId = ((Number) next.get().get("id")).longValue();
            long runId = ((Number) next.get().get("run_id")).longValue();
            String instance = (String) next.get().get("process_instance_id");
            try {
                eachInstance.executeWithoutResult(status -> {
                    if (store.claim(itemId)) {
                        migration.migrate(planOfRun.computeIfAbsent(runId, this::plan), instance);
                        store.finish(itemId, ItemStatus.MIGRATED, null, ItemStatus.RUNNING);
                    }
                });
            }
            catch (RuntimeException e) {
                eachInstance.executeWithoutResult(
                        status -> store.finish(itemId, ItemStatus.FAILED, Failure.text(Failure.of(e)),
                                ItemStatus.PENDING));
            }
            handled++;
        }
        eachInstance.executeWithoutResult(status -> store.finishRuns());
        return handled;
    }

    private MigrationPlan plan(long runId) {
        Map<String, Object> definitions = store.definitions(runId);
        return plans.rebuild((String) definitions.get("source_definition_id"),
                (String) definitions.get("target_definition_id"), Instruction.parse(store.plan(runId)));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

}
