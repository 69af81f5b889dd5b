package org.jingzhun.modeler.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Starts a migration run (plan and instances recorded, runner woken after commit) and reads runs back. */
@Service
@Transactional
class MigrationRuns {

    private final MigrationPlanner planner;

    private final MigrationRunStore store;

    private final MigrationRunner runner;

    private final RuntimeService runtimeService;

    MigrationRuns(MigrationPlanner planner, MigrationRunStore store, MigrationRunner runner, RuntimeService runtimeService) {
        this.planner = planner;
        this.store = store;
        this.runner = runner;
        this.runtimeService = runtimeService;
    }

    /**
     * @throws org.camunda.bpm.engine.migration.MigrationPlanValidationException when the engine refuses the plan
     * @throws ValidationException when the versions are of two processes or no instance of the source is chosen
     */
    long start(MigrationForm form, String user) {
        ProcessDefinition source = planner.definition(form.getSource());
        ProcessDefinition target = planner.definition(form.getTarget());
        // the plan page checks this too, but a run is started by its own request
        if (!source.getKey().equals(target.getKey())) {
            throw new ValidationException(new Violation("target", "migration.otherProcess"));
        }
        MigrationPlan plan = planner.build(form);
        List<String> instances = planner.instancesOf(form.getSource(), form.getInstances());
        if (instances.isEmpty()) {
            throw new ValidationException(new Violation("instances", "migration.noInstances"));
        }
        long runId = store.insertRun(source.getKey(), definition(source), definition(target), Instruction.of(plan),
                user);
        Map<String, String> businessKeys = businessKeys(instances);
        instances.forEach(id -> store.insertItem(runId, id, businessKeys.get(id)));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                runner.schedule();
            }

        });
        return runId;
    }

    @Transactional(readOnly = true)
    RunView run(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("migration run " + id));
    }

    @Transactional(readOnly = true)
    RunView.Progress progress(long id) {
        run(id);
        return store.progress(id);
    }

    @Transactional(readOnly = true)
    List<RunView> recent() {
        return store.recent(20);
    }

    private Map<String, String> businessKeys(List<String> instances) {
        return runtimeService.createProcessInstanceQuery()
            .processInstanceIds(Set.copyOf(instances))
            .list()
            .stream()
            .collect(Collectors.toMap(ProcessInstance::getId,
                    i -> i.getBusinessKey() == null ? "" : i.getBusinessKey()));
    }

    private static PlanView.Definition definition(ProcessDefinition d) {
        return new PlanView.Definition(d.getId(), d.getKey(), d.getName(), d.getVersion());
    }

}
