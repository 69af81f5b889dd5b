package org.jingzhun.exit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.jingzhun.assistance.Visit;
import org.jingzhun.assistance.VisitRepository;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeRecord;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.LivingConditions;
import org.jingzhun.household.Member;
import org.jingzhun.household.SchoolingStatus;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.Rules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a household's exit indicators from our tables — latest income record, latest visit that observed food and
 * clothing, living conditions (water, housing), members (schooling, insurance) — and asks the ExitEligibility table.
 */
@Service
@Transactional(readOnly = true)
public class ExitAssessmentService {

    public static final String DECISION = "ExitEligibility";

    private final HouseholdService households;

    private final IncomeService incomes;

    private final VisitRepository visits;

    private final PolicyService policy;

    private final Rules rules;

    private final Today today;

    ExitAssessmentService(HouseholdService households, IncomeService incomes, VisitRepository visits,
            PolicyService policy, Rules rules, Today today) {
        this.households = households;
        this.incomes = incomes;
        this.visits = visits;
        this.policy = policy;
        this.rules = rules;
        this.today = today;
    }

    public ExitIndicators indicators(Long householdId) {
        Household household = households.get(householdId);
        LivingConditions conditions = households.livingConditions(householdId);
        Optional<IncomeRecord> income = incomes.latest(householdId);
        int year = income.map(IncomeRecord::getYear).orElse(today.date().getYear());
        // A hardship investigation observes no food or clothing: read them from the last visit that did.
        Optional<Visit> visit = visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(householdId)
            .stream()
            .filter(v -> v.getFoodSecure() != null || v.getClothingSecure() != null)
            .findFirst();
        var living = household.getMembers().stream().filter(m -> !m.isDeceased()).toList();
        return new ExitIndicators(income.map(IncomeRecord::getPerCapitaNet).orElse(BigDecimal.ZERO), year,
                policy.povertyLine(year), visit.map(v -> Boolean.TRUE.equals(v.getFoodSecure())).orElse(false),
                visit.map(v -> Boolean.TRUE.equals(v.getClothingSecure())).orElse(false),
                conditions.isSafeDrinkingWater(),
                living.stream().noneMatch(m -> m.getSchoolingStatus() == SchoolingStatus.DROPOUT),
                living.stream().allMatch(Member::isMedicalInsured), conditions.isHousingSafe());
    }

    /** An empty rule result (an input missing) counts as not eligible: nobody exits on missing data. */
    public ExitAssessment assess(Long householdId) {
        ExitIndicators indicators = indicators(householdId);
        Map<String, Object> result = rules.first(DECISION, indicators.asRuleInputs());
        boolean eligible = Boolean.TRUE.equals(result.get("eligible"));
        String failed = eligible ? "" : (String) result.getOrDefault("failedIndicator", "unknown");
        return new ExitAssessment(eligible, failed, indicators);
    }

}
