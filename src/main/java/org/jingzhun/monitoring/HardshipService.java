package org.jingzhun.monitoring;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sudden hardship of an exited household (the household's own report, a cadre's or a department's alert). The report
 * is stored first; if the household's post-exit process is waiting for its next event it starts an investigation at
 * once, otherwise the next risk assessment counts the report.
 */
@Service
@Transactional
public class HardshipService {

    static final int MAX_DESCRIPTION = 2000;

    private final HardshipReportRepository reports;

    private final HouseholdService households;

    private final RuntimeService runtimeService;

    private final Today today;

    private final ApplicationEventPublisher events;

    HardshipService(HardshipReportRepository reports, HouseholdService households, RuntimeService runtimeService,
            Today today, ApplicationEventPublisher events) {
        this.reports = reports;
        this.households = households;
        this.runtimeService = runtimeService;
        this.today = today;
        this.events = events;
    }

    public HardshipReport report(Long householdId, HardshipType type, String description, String reportedBy) {
        if (reportedBy == null || reportedBy.isBlank()) {
            throw new IllegalArgumentException("a hardship report needs the user who reports it");
        }
        Household household = households.get(householdId);
        List<Violation> violations = new ArrayList<>();
        if (household.getStatus() != HouseholdStatus.EXITED) {
            violations.add(new Violation("householdId", "validation.hardship.notInBuffer",
                    household.getHouseholdNumber(), household.getStatus()));
        }
        if (type == null) {
            violations.add(new Violation("hardshipType", "validation.hardshipType.required"));
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            violations.add(new Violation("description", "validation.description.required"));
        }
        else if (text.length() > MAX_DESCRIPTION) {
            violations.add(new Violation("description", "validation.text.tooLong", MAX_DESCRIPTION));
        }
        ValidationException.throwIfAny(violations);
        HardshipReport report = reports.save(new HardshipReport(householdId, today.now(), reportedBy.strip(), type,
                text));
        events.publishEvent(new HardshipReportReceived(report));
        // correlateAll, not correlate: nobody waiting is normal (a visit or review is under way) and not an error.
        runtimeService.createMessageCorrelation(PostExitVariables.HARDSHIP_MESSAGE)
            .processInstanceBusinessKey(householdId.toString())
            .correlateAll();
        return report;
    }

    @Transactional(readOnly = true)
    public List<HardshipReport> reports(Long householdId) {
        return reports.findByHouseholdIdOrderByReportedAtDesc(householdId);
    }

}
