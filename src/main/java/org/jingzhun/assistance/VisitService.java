package org.jingzhun.assistance;

import java.util.ArrayList;
import java.util.List;

import org.jingzhun.household.HouseholdService;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visit ledger: each visit is kept, and what it saw of water and housing becomes the household's record. */
@Service
@Transactional
public class VisitService {

    static final int FINDINGS_MAX = 2000;

    private final VisitRepository visits;

    private final HouseholdService households;

    private final Today today;

    VisitService(VisitRepository visits, HouseholdService households, Today today) {
        this.visits = visits;
        this.households = households;
        this.today = today;
    }

    public Visit recordFollowUp(Long householdId, FollowUpVisit seen, String visitor) {
        households.get(householdId);
        List<Violation> violations = new ArrayList<>();
        if (seen.visitedOn() == null) {
            violations.add(new Violation("visitedOn", "validation.required"));
        }
        else if (seen.visitedOn().isAfter(today.date())) {
            violations.add(new Violation("visitedOn", "validation.date.future", seen.visitedOn()));
        }
        if (seen.housingGrade() == null) {
            violations.add(new Violation("housingGrade", "validation.housingGrade.required"));
        }
        String findings = seen.findings() == null || seen.findings().isBlank() ? null : seen.findings().strip();
        if (findings != null && findings.length() > FINDINGS_MAX) {
            violations.add(new Violation("findings", "validation.maxLength", FINDINGS_MAX));
        }
        ValidationException.throwIfAny(violations);
        Visit visit = new Visit(householdId, VisitKind.FOLLOW_UP, seen.visitedOn(), visitor);
        visit.observe(seen.foodSecure(), seen.clothingSecure(), seen.safeDrinkingWater(), seen.housingGrade());
        visit.setFindings(findings);
        households.observeLivingConditions(householdId, seen.safeDrinkingWater(), seen.housingGrade());
        return visits.save(visit);
    }

    @Transactional(readOnly = true)
    public List<Visit> ledger(Long householdId) {
        return visits.findByHouseholdIdOrderByVisitedOnDescIdDesc(householdId);
    }

}
