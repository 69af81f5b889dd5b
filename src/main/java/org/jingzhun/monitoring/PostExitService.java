package org.jingzhun.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jingzhun.assistance.Visit;
import org.jingzhun.assistance.VisitKind;
import org.jingzhun.assistance.VisitRepository;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.LivingConditions;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The effects of the post-exit steps on the household: visits, investigations, monitoring, return or stable exit. */
@Service
@Transactional
public class PostExitService {

    static final int MAX_TEXT = 2000;

    static final String SYSTEM = "system";

    private final HouseholdService households;

    private final VisitRepository visits;

    private final SignOffService signOffs;

    private final Today today;

    PostExitService(HouseholdService households, VisitRepository visits, SignOffService signOffs, Today today) {
        this.households = households;
        this.visits = visits;
        this.signOffs = signOffs;
        this.today = today;
    }

    /** The visit's rules, for a listener to report together with the form's own violations (missing, no number). */
    public List<Violation> violations(PostExitVisit visit) {
        List<Violation> violations = new ArrayList<>();
        if (visit.visitedOn() != null && visit.visitedOn().isAfter(today.date())) {
            violations.add(new Violation("visitedOn", "validation.visitedOn.future", visit.visitedOn()));
        }
        notNegative(violations, "incomeEstimate", visit.incomeEstimate());
        tooLong(violations, "findings", visit.findings(), MAX_TEXT);
        return violations;
    }

    /** A POST_EXIT visit; its water and housing observations become the household's living conditions. */
    public Visit recordVisit(Long householdId, PostExitVisit visit, String visitor) {
        List<Violation> violations = violations(visit);
        required(violations, "visitedOn", visit.visitedOn());
        required(violations, "incomeEstimate", visit.incomeEstimate());
        required(violations, "housingGrade", visit.housingGrade());
        ValidationException.throwIfAny(violations);
        Visit row = new Visit(householdId, VisitKind.POST_EXIT, visit.visitedOn(), visitor);
        row.observe(visit.foodSecure(), visit.clothingSecure(), visit.safeDrinkingWater(), visit.housingGrade());
        row.setIncomeEstimate(visit.incomeEstimate());
        row.setFindings(visit.findings());
        LivingConditions living = households.livingConditions(householdId);
        living.setSafeDrinkingWater(visit.safeDrinkingWater());
        living.setHousingGrade(visit.housingGrade());
        return visits.save(row);
    }

    public List<Violation> violations(HardshipFindings findings) {
        List<Violation> violations = new ArrayList<>();
        notNegative(violations, "incomeEstimate", findings.incomeEstimate());
        tooLong(violations, "description", findings.description(), MAX_TEXT - prefix(findings).length());
        return violations;
    }

    /**
     * A HARDSHIP visit made today. It observes no veto indicators, so the assessment keeps reading them from the last
     * visit that did; the reports stay unhandled until the assessment has counted them.
     */
    public Visit recordInvestigation(Long householdId, HardshipFindings findings, String visitor) {
        List<Violation> violations = violations(findings);
        required(violations, "hardshipType", findings.hardshipType());
        required(violations, "incomeEstimate", findings.incomeEstimate());
        required(violations, "description", findings.description());
        ValidationException.throwIfAny(violations);
        Visit row = new Visit(householdId, VisitKind.HARDSHIP, today.date(), visitor);
        row.setIncomeEstimate(findings.incomeEstimate());
        row.setFindings(prefix(findings) + findings.description());
        return visits.save(row);
    }

    /** Monitoring runs from the first time a risk was found; a repeated finding does not restart the clock. */
    public void startMonitoring(Long householdId) {
        Household household = households.get(householdId);
        if (!household.isMonitored()) {
            households.startMonitoring(householdId, today.date());
        }
    }

    /** The township reviewer who confirmed the return answers for it, with the reason given in the review. */
    public void recordReturnToPoverty(Long householdId) {
        SignOff review = signOffs.forHousehold(householdId)
            .stream()
            .filter(s -> PostExitVariables.REVIEW_TASK.equals(s.getStep()) && s.getDecision() == Decision.APPROVE)
            .max(Comparator.comparing(SignOff::getSignedAt).thenComparing(SignOff::getId))
            .orElseThrow(() -> new IllegalStateException(
                    "Household " + householdId + " has no approved return review to record a return on"));
        households.recordReturnToPoverty(householdId, review.getActor(), review.getReason());
    }

    public void recordStableExit(Long householdId) {
        households.recordStableExit(householdId, SYSTEM);
    }

    private static String prefix(HardshipFindings findings) {
        return findings.hardshipType() == null ? "" : findings.hardshipType().name() + ": ";
    }

    private static void notNegative(List<Violation> violations, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            violations.add(new Violation(field, "validation.negative", value));
        }
    }

    private static void tooLong(List<Violation> violations, String field, String text, int max) {
        if (text != null && text.length() > max) {
            violations.add(new Violation(field, "validation.text.tooLong", max));
        }
    }

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null && violations.stream().noneMatch(v -> v.field().equals(field))) {
            violations.add(new Violation(field, "validation.required"));
        }
    }

}
