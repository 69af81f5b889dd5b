package org.jingzhun.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares what the rules find with the open findings: a new problem opens a finding and its correction task, a
 * problem still there keeps its one open finding (details refreshed), a problem gone closes the finding and ends
 * the task. The same comparison for one household is the re-check of a single finding.
 */
@Service
@Transactional
public class QualityService {

    record Reconciled(int opened, int closed) {
    }

    private final Map<String, QualityRule> rules;

    private final FindingStore findings;

    private final CorrectionProcesses processes;

    private final Today today;

    QualityService(List<QualityRule> rules, FindingStore findings, CorrectionProcesses processes, Today today) {
        this.rules = rules.stream().collect(Collectors.toMap(QualityRule::code, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
        this.findings = findings;
        this.processes = processes;
        this.today = today;
    }

    public Set<String> ruleCodes() {
        return rules.keySet();
    }

    Reconciled reconcile(RuleScope scope, Long runId) {
        Map<String, Finding> open = findings.open(scope);
        Set<String> seen = new HashSet<>();
        int opened = 0;
        for (QualityRule rule : rules.values()) {
            for (Breach breach : rule.check(scope)) {
                String key = FindingStore.key(breach.householdId(), rule.code());
                if (!seen.add(key)) {
                    continue;
                }
                Finding existing = open.get(key);
                if (existing == null) {
                    open(breach, rule.code(), runId);
                    opened++;
                } else if (!breach.stored().equals(existing.details())) {
                    findings.updateDetails(existing.id(), breach.stored());
                }
            }
        }
        int closed = 0;
        for (Finding finding : open.values()) {
            if (!seen.contains(FindingStore.key(finding.householdId(), finding.ruleCode())) && close(finding, true)) {
                closed++;
            }
        }
        return new Reconciled(opened, closed);
    }

    /** "Re-check now": true if the problem is gone and the finding (with its task) is closed. */
    public boolean recheck(long findingId) {
        Finding finding = get(findingId);
        if (!finding.isOpen()) {
            return true;
        }
        Optional<Breach> breach = breach(finding);
        if (breach.isPresent()) {
            findings.updateDetails(finding.id(), breach.get().stored());
            return false;
        }
        return close(finding, true);
    }

    /** Re-checks every open finding of the household; returns how many closed. */
    public int recheckHousehold(long householdId, String villageCode) {
        int closed = 0;
        for (Finding finding : findings.open(RuleScope.household(villageCode, householdId)).values()) {
            if (recheck(finding.id())) {
                closed++;
            }
        }
        return closed;
    }

    /** Re-checks the open DUPLICATE_PERSON findings of other households that name this one as the second. */
    public void recheckDuplicatesNaming(String householdNumber) {
        findings.openNaming(DuplicatePersonRule.CODE, householdNumber).forEach(this::recheck);
    }

    /**
     * The cadre completes the correction task: allowed only once the rule no longer finds the problem; the finding
     * closes with the task (the completing process needs no message).
     */
    public void confirmCorrected(long findingId) {
        Finding finding = get(findingId);
        if (!finding.isOpen()) {
            return;
        }
        if (breach(finding).isPresent()) {
            throw new ValidationException(new Violation("finding", "quality.validation.stillWrong"));
        }
        close(finding, false);
    }

    public Finding get(long findingId) {
        return findings.find(findingId).orElseThrow(() -> new NotFoundException("finding " + findingId));
    }

    private Optional<Breach> breach(Finding finding) {
        QualityRule rule = rules.get(finding.ruleCode());
        if (rule == null) {
            return Optional.empty();
        }
        return rule.check(RuleScope.household(finding.villageCode(), finding.householdId()))
            .stream()
            .filter(b -> b.householdId() == finding.householdId())
            .findFirst();
    }

    private void open(Breach breach, String rule, Long runId) {
        long id = findings.insert(breach.householdId(), rule, breach.stored(), runId, today.now());
        findings.attachProcess(id, processes.start(breach.householdId(), id));
    }

    private boolean close(Finding finding, boolean endProcess) {
        boolean closed = findings.close(finding.id(), today.now());
        if (closed && endProcess) {
            processes.end(finding.processInstanceId());
        }
        return closed;
    }

    List<Finding> list(FindingQuery query, List<String> prefixes, int limit) {
        return new ArrayList<>(findings.list(query, prefixes, limit));
    }

    Map<String, Long> countByRule(FindingQuery query, List<String> prefixes) {
        return findings.countByRule(query, prefixes);
    }
}
