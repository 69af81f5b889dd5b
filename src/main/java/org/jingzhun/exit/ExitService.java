package org.jingzhun.exit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jingzhun.area.AreaLevel;
import org.jingzhun.area.AreaService;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.system.Today;
import org.jingzhun.system.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the exit verification's steps do to a household: the rules' answer, the checks, the exit or its refusal. */
@Service
@Transactional
public class ExitService {

    /** The sign-off of the exit rule (not a person) refusing the exit, at the county, which answers for exits. */
    public static final String RULE_ACTOR = "system";

    public static final String RULE_ROLE = "rule";

    static final String ASSESS_STEP = "Task_AssessExitEligibility";

    static final String APPROVE_STEP = "Task_ApproveExit";

    private final ExitAssessmentService assessments;

    private final HouseholdService households;

    private final SignOffService signOffs;

    private final AreaService areas;

    private final PolicyService policy;

    private final Today today;

    private final ApplicationEventPublisher events;

    ExitService(ExitAssessmentService assessments, HouseholdService households, SignOffService signOffs,
            AreaService areas, PolicyService policy, Today today, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.households = households;
        this.signOffs = signOffs;
        this.areas = areas;
        this.policy = policy;
        this.today = today;
        this.events = events;
    }

    public ExitAssessment assess(Long householdId) {
        return assessments.assess(householdId);
    }

    /** A democratic appraisal counts votes: none negative, and somebody must have voted. */
    /** The household signs on paper first; the record of it cannot be dated after today. */
    public List<Violation> checkAgreementDate(LocalDate signedOn) {
        if (signedOn != null && signedOn.isAfter(today.date())) {
            return List.of(new Violation("signedOn", "validation.exit.signedOn.future", signedOn));
        }
        return List.of();
    }

    /** Marks the household EXITED today on the county approver's signature; the buffer period follows policy. */
    public void recordExit(Long householdId, String processInstanceId) {
        SignOff approval = lastSignOff(householdId, processInstanceId,
                s -> s.getStep().equals(APPROVE_STEP) && s.getDecision() == Decision.APPROVE)
            .orElseThrow(() -> new IllegalStateException(
                    "household " + householdId + " has no county approval of its exit in " + processInstanceId));
        households.recordExit(householdId, today.date(), policy.bufferYears(), approval.getActor());
        events.publishEvent(new ExitDecided(householdId, processInstanceId, true, approval.getActor(),
                approval.getReason(), null));
    }

    /**
     * Leaves the status as it is and keeps why in its history: the indicator the exit rule failed on (signed by
     * the rule itself), else the last refusal signed in this verification.
     */
    public void rejectExit(Long householdId, String processInstanceId, String failedIndicator) {
        if (failedIndicator != null) {
            String reason = "failedIndicator=" + failedIndicator;
            String county = areas.countyOf(households.get(householdId).getVillageCode());
            signOffs.record(householdId, ASSESS_STEP, RULE_ACTOR, RULE_ROLE, AreaLevel.COUNTY, county,
                    Decision.REJECT, reason, processInstanceId, null);
            households.rejectExit(householdId, RULE_ACTOR, reason);
            events.publishEvent(new ExitDecided(householdId, processInstanceId, false, RULE_ACTOR, null,
                    failedIndicator));
            return;
        }
        SignOff refusal = lastSignOff(householdId, processInstanceId, s -> s.getDecision() == Decision.REJECT)
            .orElseThrow(() -> new IllegalStateException(
                    "household " + householdId + " has no signed refusal of its exit in " + processInstanceId));
        households.rejectExit(householdId, refusal.getActor(), refusal.getReason());
        events.publishEvent(new ExitDecided(householdId, processInstanceId, false, refusal.getActor(),
                refusal.getReason(), null));
    }

    private Optional<SignOff> lastSignOff(Long householdId, String processInstanceId, Predicate<SignOff> filter) {
        return signOffs.forHousehold(householdId)
            .stream()
            .filter(s -> processInstanceId.equals(s.getProcessInstanceId()))
            .filter(filter)
            .reduce((first, second) -> second);
    }

}
