package org.jingzhun.identification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.IncomeService;
import org.jingzhun.household.SurveyData;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The effects of the identification steps (识别): survey, registration, helper, rejection. */
@Service
@Transactional
public class IdentificationService {

    private final HouseholdService households;

    private final IncomeService incomes;

    private final SignOffService signOffs;

    private final IdentityService identityService;

    IdentificationService(HouseholdService households, IncomeService incomes, SignOffService signOffs,
            IdentityService identityService) {
        this.households = households;
        this.incomes = incomes;
        this.signOffs = signOffs;
        this.identityService = identityService;
    }

    /**
     * The survey confirms causes, attribute and living conditions and records the year's income. Both are checked
     * before the step counts: one exception carries every violation and the transaction stores nothing.
     */
    public void recordSurvey(Long householdId, SurveyData survey, IncomeEntry income, String actor) {
        List<Violation> violations = new ArrayList<>();
        collect(violations, () -> households.updateSurvey(householdId, survey));
        collect(violations, () -> incomes.record(householdId, income, actor));
        ValidationException.throwIfAny(violations);
    }

    /** Registers the household (建档立卡) in the name of whoever approved the registration last. */
    public void register(Long householdId, String processInstanceId) {
        SignOff approval = lastSignOff(householdId, processInstanceId);
        if (approval.getDecision() != Decision.APPROVE) {
            throw new IllegalStateException("Household " + householdId + " was not approved for registration");
        }
        households.register(householdId, approval.getActor());
    }

    /** Refuses the household with the reason of the sign-off that said no. */
    public void reject(Long householdId, String processInstanceId) {
        SignOff rejection = signOffs.forHousehold(householdId)
            .stream()
            .filter(signOff -> processInstanceId.equals(signOff.getProcessInstanceId()))
            .filter(signOff -> signOff.getDecision() == Decision.REJECT)
            .max(Comparator.comparing(SignOff::getSignedAt).thenComparing(SignOff::getId))
            .orElseThrow(() -> new IllegalStateException(
                    "No rejecting sign-off for household " + householdId + " in " + processInstanceId));
        households.reject(householdId, rejection.getActor(), rejection.getReason());
    }

    /** The helper (帮扶责任人) must be an assistance cadre of the household's village. */
    public void assignHelper(Long householdId, String helper, int plannedExitYear) {
        List<Violation> violations = new ArrayList<>();
        String village = households.get(householdId).getVillageCode();
        if (helper != null && !helper.isBlank() && !isCadre(helper.strip(), village)) {
            violations.add(new Violation("helper", "validation.helper.notCadre", helper.strip(), village));
        }
        collect(violations, () -> households.assignHelper(householdId, helper, plannedExitYear));
        ValidationException.throwIfAny(violations);
    }

    private boolean isCadre(String userId, String villageCode) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(AreaGroups.cadres(villageCode))
            .count() > 0;
    }

    private SignOff lastSignOff(Long householdId, String processInstanceId) {
        return signOffs.forHousehold(householdId)
            .stream()
            .filter(signOff -> processInstanceId.equals(signOff.getProcessInstanceId()))
            .max(Comparator.comparing(SignOff::getSignedAt).thenComparing(SignOff::getId))
            .orElseThrow(() -> new IllegalStateException(
                    "No sign-off for household " + householdId + " in " + processInstanceId));
    }

    // Every failing part adds its violations; any of them fails the whole step and rolls back what the others did.
    private static void collect(List<Violation> violations, Runnable part) {
        try {
            part.run();
        }
        catch (ValidationException e) {
            violations.addAll(e.getViolations());
        }
    }

}
