package org.jingzhun.modeler.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;

/**
 * One finding of the engine, in the engine's own words, with the element it is about (null when it concerns the
 * whole plan or instance). Pages put our translated framing around it; the engine's text stays as it is, because it
 * is what Camunda's documentation and forums know.
 */
record Failure(String element, String text) {

    static List<Failure> of(MigrationPlanValidationReport report) {
        List<Failure> failures = new ArrayList<>();
        report.getInstructionReports()
            .forEach(r -> r.getFailures()
                .forEach(f -> failures.add(new Failure(r.getMigrationInstruction().getSourceActivityId() + " -> "
                        + r.getMigrationInstruction().getTargetActivityId(), f))));
        report.getVariableReports().forEach((name, r) -> r.getFailures().forEach(f -> failures.add(new Failure(name,
                f))));
        return failures;
    }

    static List<Failure> of(MigratingProcessInstanceValidationReport report) {
        List<Failure> failures = new ArrayList<>();
        report.getFailures().forEach(f -> failures.add(new Failure(null, f)));
        report.getActivityInstanceReports()
            .forEach(r -> r.getFailures().forEach(f -> failures.add(new Failure(r.getSourceScopeId(), f))));
        report.getTransitionInstanceReports()
            .forEach(r -> r.getFailures().forEach(f -> failures.add(new Failure(r.getSourceScopeId(), f))));
        return failures;
    }

    /** What went wrong with one instance: the engine's report when it gave one, else its message. */
    static List<Failure> of(RuntimeException thrown) {
        if (thrown instanceof MigratingProcessInstanceValidationException invalid) {
            List<Failure> failures = of(invalid.getValidationReport());
            if (!failures.isEmpty()) {
                return failures;
            }
        }
        if (thrown instanceof MigrationPlanValidationException invalid) {
            return of(invalid.getValidationReport());
        }
        return List.of(new Failure(null, String.valueOf(thrown.getMessage())));
    }

    static String text(List<Failure> failures) {
        return failures.stream()
            .map(f -> f.element() == null ? f.text() : f.element() + ": " + f.text())
            .collect(Collectors.joining("\n"));
    }

}
