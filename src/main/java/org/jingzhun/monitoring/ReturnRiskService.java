package org.jingzhun.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jingzhun.assistance.Visit;
import org.jingzhun.assistance.VisitRepository;
import org.jingzhun.exit.ExitAssessmentService;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeRecord;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.LabourAbility;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.Rules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the ReturnRisk table about an exited household: the latest income estimate against this year's poverty and
 * monitoring lines, the veto indicators and any hardship reported since the last assessment. A household monitored
 * long enough whose risk is gone leaves monitoring (risk elimination).
 */
@Service
@Transactional
public class ReturnRiskService {

    public static final String DECISION = "ReturnRisk";

    private final HouseholdService households;

    private final IncomeService incomes;

    private final VisitRepository visits;

    private final HardshipReportRepository hardships;

    private final ExitAssessmentService exitAssessment;

    private final PolicyService policy;

    private final Rules rules;

    private final Today today;

    ReturnRiskService(HouseholdService households, IncomeService incomes, VisitRepository visits,
            HardshipReportRepository hardships, ExitAssessmentService exitAssessment, PolicyService policy,
            Rules rules, Today today) {
        this.households = households;
        this.incomes = incomes;
        this.visits = visits;
        this.hardships = hardships;
        this.exitAssessment = exitAssessment;
        this.policy = policy;
        this.rules = rules;
        this.today = today;
    }

    /** Counts (and marks handled) the open hardship reports; no rule matching means a person must look: MONITOR. */
    public RiskLevel assess(Long householdId) {
        int year = today.date().getYear();
        List<HardshipReport> open = hardships.findByHouseholdIdAndHandledFalseOrderByReportedAt(householdId);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("perCapitaIncome", perCapitaIncome(householdId).map(BigDecimal::doubleValue).orElse(null));
        inputs.put("povertyLine", policy.povertyLine(year).doubleValue());
        inputs.put("monitoringLine", policy.monitoringLine(year).doubleValue());
        inputs.put("vetoFailed", exitAssessment.indicators(householdId).vetoFailed());
        inputs.put("hardshipReported", !open.isEmpty());
        Object answer = rules.first(DECISION, inputs).get(PostExitVariables.RISK_LEVEL);
        RiskLevel risk = answer == null ? RiskLevel.MONITOR : RiskLevel.valueOf(answer.toString());
        open.forEach(HardshipReport::markHandled);
        if (risk == RiskLevel.NONE && riskEliminated(households.get(householdId))) {
            households.endMonitoring(householdId);
        }
        return risk;
    }

    /** The latest visit's estimate; before any visit estimated it, the latest income record. */
    Optional<BigDecimal> perCapitaIncome(Long householdId) {
        Optional<BigDecimal> estimate = visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(householdId)
            .stream()
            .map(Visit::getIncomeEstimate)
            .filter(Objects::nonNull)
            .findFirst();
        return estimate.isPresent() ? estimate : incomes.latest(householdId).map(IncomeRecord::getPerCapitaNet);
    }

    /** Monitored at least the policy's minimum months; households without labour capacity stay monitored. */
    boolean riskEliminated(Household household) {
        if (!household.isMonitored()) {
            return false;
        }
        LocalDate since = household.getMonitoringSince();
        boolean longEnough = since == null
                || !since.plusMonths(policy.monitoringMinMonths()).isAfter(today.date());
        boolean canWork = household.getMembers()
            .stream()
            .filter(member -> !member.isDeceased())
            .anyMatch(member -> member.getLabourAbility() == LabourAbility.ORDINARY
                    || member.getLabourAbility() == LabourAbility.SKILLED);
        return longEnough && canWork;
    }

}
