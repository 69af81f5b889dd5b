package org.jingzhun.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators change policy numbers here, each change with its reason in the history. Nothing already scheduled
 * moves: the engine computes a task's due date and its timers when it creates them (PolicyExpressions), so a change
 * applies to steps created after it. {@link PolicyService} stays the read side for everything else.
 */
@Service
@Transactional
public class PolicyAdministration {

    static final int MIN_YEAR = 2000;

    static final int MAX_YEAR = 2100;

    static final int REASON_MAX = 500;

    private static final List<String> LIFECYCLE = List.of("buffer-years", "visit-interval", "monitoring-min-months");

    private final PolicyParameterRepository parameters;

    private final PolicyParameterChangeRepository changes;

    private final Today today;

    PolicyAdministration(PolicyParameterRepository parameters, PolicyParameterChangeRepository changes, Today today) {
        this.parameters = parameters;
        this.changes = changes;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public PolicyOverview overview() {
        Map<String, PolicyEntry> entries = entries();
        List<PolicyEntry> lines = new ArrayList<>();
        List<PolicyEntry> notices = new ArrayList<>();
        List<PolicyEntry> lifecycle = new ArrayList<>();
        List<PolicyEntry> others = new ArrayList<>();
        Map<String, PolicyEntry[]> steps = new LinkedHashMap<>();
        for (PolicyEntry entry : entries.values()) {
            String key = entry.key();
            if (entry.yearly()) {
                lines.add(entry);
            }
            else if (key.startsWith("notice-days.")) {
                notices.add(entry);
            }
            else if (LIFECYCLE.contains(key)) {
                lifecycle.add(entry);
            }
            else if (key.startsWith("due.") || key.startsWith("escalation.")) {
                int slot = key.startsWith("due.") ? 0 : 1;
                steps.computeIfAbsent(entry.subject(), k -> new PolicyEntry[2])[slot] = entry;
            }
            else {
                others.add(entry);
            }
        }
        List<StepDeadlines> deadlines = steps.entrySet()
            .stream()
            .map(step -> new StepDeadlines(step.getKey(), step.getValue()[0], step.getValue()[1]))
            .toList();
        return new PolicyOverview(lines, notices, lifecycle, deadlines, others);
    }

    @Transactional(readOnly = true)
    public PolicyEntry entry(String key) {
        PolicyEntry entry = entries().get(key);
        if (entry == null) {
            throw new NotFoundException("policy parameter " + key);
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public List<PolicyParameterChange> history(String key) {
        return changes.findByParamKeyOrderByChangedAtDescIdDesc(key);
    }

    @Transactional(readOnly = true)
    public List<PolicyParameterChange> recent(int limit) {
        return changes.findAllByOrderByChangedAtDescIdDesc(PageRequest.of(0, limit));
    }

    /** A new value for a parameter (for a line: for one of its years), with the reason kept in the history. */
    public void change(String key, Integer year, String value, String reason, String actor) {
        PolicyEntry entry = entry(key);
        PolicyParameter parameter = entry.values()
            .stream()
            .filter(p -> Objects.equals(p.getYear(), entry.yearly() ? year : null))
            .findFirst()
            .orElseThrow(() -> new ValidationException(new Violation("year", "validation.policy.year.unknown",
                    String.valueOf(year))));
        ValidationException.throwIfAny(valueAndReason(entry.kind(), value, reason));
        String normalised = entry.kind().normalised(value);
        if (normalised.equals(parameter.getParamValue().strip())) {
            throw new ValidationException(new Violation("value", "validation.policy.unchanged", normalised));
        }
        String old = parameter.getParamValue();
        parameter.change(normalised, today.now(), actor);
        changes.save(new PolicyParameterChange(key, parameter.getYear(), old, normalised, actor, today.now(),
                reason.strip()));
    }

    /** A line for a new year; it is in force from that year until a later one is set. */
    public void addYear(String key, Integer year, String value, String reason, String actor) {
        PolicyEntry entry = entry(key);
        if (!entry.yearly()) {
            throw new ValidationException(new Violation("year", "validation.policy.year.notYearly"));
        }
        List<Violation> violations = new ArrayList<>();
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            violations.add(new Violation("year", "validation.policy.year.range", MIN_YEAR, MAX_YEAR));
        }
        else if (entry.values().stream().anyMatch(p -> year.equals(p.getYear()))) {
            violations.add(new Violation("year", "validation.policy.year.taken", year));
        }
        violations.addAll(valueAndReason(entry.kind(), value, reason));
        ValidationException.throwIfAny(violations);
        String normalised = entry.kind().normalised(value);
        parameters.save(new PolicyParameter(key, year, normalised, entry.description(), today.now(), actor));
        changes.save(new PolicyParameterChange(key, year, null, normalised, actor, today.now(), reason.strip()));
    }

    private static List<Violation> valueAndReason(PolicyKind kind, String value, String reason) {
        List<Violation> violations = new ArrayList<>();
        Violation invalid = kind.check(value);
        if (invalid != null) {
            violations.add(invalid);
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "validation.policy.reason"));
        }
        else if (reason.strip().length() > REASON_MAX) {
            violations.add(new Violation("reason", "validation.policy.reason.long", REASON_MAX));
        }
        return violations;
    }

    private Map<String, PolicyEntry> entries() {
        Map<String, List<PolicyParameter>> byKey = new LinkedHashMap<>();
        for (PolicyParameter parameter : parameters.findAllByOrderByParamKeyAscYearAsc()) {
            byKey.computeIfAbsent(parameter.getParamKey(), k -> new ArrayList<>()).add(parameter);
        }
        // in the order the parameters were seeded: lines before monitoring, steps in process order
        List<Map.Entry<String, List<PolicyParameter>>> ordered = new ArrayList<>(byKey.entrySet());
        ordered.sort(Comparator.comparingLong(e -> firstId(e.getValue())));
        Map<String, PolicyEntry> entries = new LinkedHashMap<>();
        ordered.forEach(e -> {
            String key = e.getKey();
            List<PolicyParameter> all = e.getValue();
            boolean yearly = all.stream().anyMatch(p -> p.getYear() != null);
            // a value without a year: PolicyService reads the newest row, so this page shows and changes that one
            List<PolicyParameter> values = yearly ? all.stream().filter(p -> p.getYear() != null).toList()
                    : List.of(all.stream().max(Comparator.comparing(PolicyParameter::getId)).orElseThrow());
            PolicyParameter last = values.get(values.size() - 1);
            entries.put(key, new PolicyEntry(key, PolicyKind.of(key, last.getParamValue()), yearly,
                    last.getDescription(), List.copyOf(values)));
        });
        return entries;
    }

    private static long firstId(List<PolicyParameter> values) {
        return values.stream().mapToLong(PolicyParameter::getId).min().orElse(0);
    }

}
