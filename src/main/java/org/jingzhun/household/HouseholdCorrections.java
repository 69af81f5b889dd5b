package org.jingzhun.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jingzhun.security.UserScope;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a household file the way a data-quality finding asks (wrong ID, size, labour ability, allowance flag).
 * Only the village's own cadres, who see the full ID numbers, may; everything is checked before anything changes.
 * The change is recorded (who, when, what: {@link CorrectionLog}) and announced, so the data-quality feature re-checks
 * the household's open findings at once.
 */
@Service
@Transactional
public class HouseholdCorrections {

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdCorrections.class);

    private static final int MAX_SIZE = 99;

    private final HouseholdAccess access;

    private final HouseholdRepository households;

    private final MemberRepository members;

    private final IncomeService incomes;

    private final ApplicationEventPublisher events;

    private final Today today;

    private final CorrectionLog log;

    HouseholdCorrections(HouseholdAccess access, HouseholdRepository households, MemberRepository members,
            IncomeService incomes, ApplicationEventPublisher events, Today today, CorrectionLog log) {
        this.log = log;
        this.incomes = incomes;
        this.access = access;
        this.households = households;
        this.members = members;
        this.events = events;
        this.today = today;
    }

    /** The household to correct: another area's is "not found", a reviewer or department of the area is refused. */
    @Transactional(readOnly = true)
    public HouseholdCorrection.Editable editable(Long householdId, UserScope scope) {
        Household h = require(householdId, scope);
        return new HouseholdCorrection.Editable(h.getId(), h.getHouseholdNumber(), h.getHeadName(),
                h.getDeclaredSize(), h.getMembers().stream()
                    .map(m -> new HouseholdCorrection.EditableMember(m.getId(), m.getName(), m.getIdNumber(),
                            m.getHealth(), m.getLabourAbility(), m.isSubsistenceAllowance()))
                    .toList(), incomes.latest(householdId).map(HouseholdCorrections::entry).orElse(null));
    }

    /** The household's earlier corrections, newest first, for whoever may correct it. */
    @Transactional(readOnly = true)
    public List<CorrectionLog.Entry> history(Long householdId, UserScope scope) {
        require(householdId, scope);
        return log.of(householdId);
    }

    private Household require(Long householdId, UserScope scope) {
        Household household = access.require(householdId, scope);
        if (!IdVisibility.full(scope, household.getVillageCode())) {
            throw new AccessDeniedException("only the village's cadres correct household " + householdId);
        }
        return household;
    }

    public void correct(Long householdId, HouseholdCorrection correction, UserScope scope) {
        Household household = require(householdId, scope);
        Map<Long, Member> byId = new HashMap<>();
        household.getMembers().forEach(member -> byId.put(member.getId(), member));
        List<Violation> violations = new ArrayList<>();
        if (correction.declaredSize() == null || correction.declaredSize() < 1
                || correction.declaredSize() > MAX_SIZE) {
            violations.add(new Violation("declaredSize", "validation.correction.declaredSize", MAX_SIZE));
        }
        List<ResidentId> ids = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < correction.members().size(); i++) {
            HouseholdCorrection.MemberCorrection row = correction.members().get(i);
            String field = "members[" + i + "].";
            Member member = row == null ? null : byId.get(row.memberId());
            if (member == null) {
                throw new ValidationException(new Violation("members", "validation.correction.unknownMember"));
            }
            if (row.health() == null || row.labourAbility() == null) {
                violations.add(new Violation(field + (row.health() == null ? "health" : "labourAbility"),
                        "validation.correction.required"));
            }
            ResidentId id = parse(violations, field + "idNumber", row.idNumber());
            ids.add(id);
            if (id == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(id.residentNumber(), i);
            if (earlier != null) {
                violations.add(new Violation(field + "idNumber", "validation.member.idNumber.duplicate", earlier + 1,
                        i + 1));
            } else if (!id.number().equals(member.getIdNumber())) {
                registeredElsewhere(violations, field + "idNumber", id, householdId);
            }
        }
        ValidationException.throwIfAny(violations);
        List<String> changes = new ArrayList<>();
        if (household.getDeclaredSize() != correction.declaredSize()) {
            changes.add(CorrectionLog.change("declaredSize", household.getDeclaredSize(), correction.declaredSize()));
            household.setDeclaredSize(correction.declaredSize());
        }
        for (int i = 0; i < correction.members().size(); i++) {
            apply(byId.get(correction.members().get(i).memberId()), correction.members().get(i), ids.get(i), changes);
        }
        if (correction.income() != null) {
            recordIncome(householdId, correction.income(), scope.userId(), changes);
        }
        households.flush();
        if (!changes.isEmpty()) {
            log.record(householdId, scope.userId(), today.now(), changes);
        }
        LOG.info("Household {} corrected by {}: {}", household.getHouseholdNumber(), scope.userId(),
                changes.isEmpty() ? "no change" : String.join("; ", changes));
        events.publishEvent(new HouseholdCorrected(householdId, household.getHouseholdNumber(),
                household.getVillageCode(), scope.userId()));
    }

    /**
     * The income is recorded again even when its parts are unchanged: per capita and member count are recomputed,
     * which is the fix when they disagree with the parts. Its violations name the form's "income.x" fields.
     */
    private void recordIncome(Long householdId, IncomeEntry income, String actor, List<String> changes) {
        try {
            incomes.record(householdId, income, actor);
        } catch (ValidationException e) {
            throw new ValidationException(e.getViolations().stream()
                .map(v -> new Violation("income." + v.field(), v.code(), v.args()))
                .toList());
        }
        changes.add(CorrectionLog.change("income", income.year()));
    }

    static IncomeEntry entry(IncomeRecord r) {
        return new IncomeEntry(r.getYear(), r.getWage(), r.getBusiness(), r.getProperty(), r.getTransfer(),
                r.getSubsistenceAllowance(), r.getDestituteSupport(), r.getPension(), r.getEcologicalCompensation(),
                r.getOtherTransfer(), r.getBusinessExpenses());
    }

    /** Sex and birth date are taken from the ID again, as on application, so they cannot disagree with it. */
    private static void apply(Member member, HouseholdCorrection.MemberCorrection row, ResidentId id,
            List<String> changes) {
        if (!id.number().equals(member.getIdNumber()) || member.getSex() != id.sex()
                || !Objects.equals(member.getBirthDate(), id.birthDate())) {
            changes.add(CorrectionLog.change("memberId", member.getName()));
            member.changeIdNumber(id);
        }
        if (member.getHealth() != row.health() || member.getLabourAbility() != row.labourAbility()
                || member.isSubsistenceAllowance() != row.subsistenceAllowance()) {
            changes.add(CorrectionLog.change("memberState", member.getName()));
            member.setHealth(row.health());
            member.setLabourAbility(row.labourAbility());
            member.setSubsistenceAllowance(row.subsistenceAllowance());
        }
    }

    private ResidentId parse(List<Violation> violations, String field, String idNumber) {
        try {
            return ResidentId.parse(field, idNumber, today.date());
        } catch (ValidationException e) {
            violations.addAll(e.getViolations());
            return null;
        }
    }

    private void registeredElsewhere(List<Violation> violations, String field, ResidentId id, Long householdId) {
        members.findByIdNumberStartingWith(id.residentNumber()).stream()
            .map(Member::getHousehold)
            .filter(other -> !other.getId().equals(householdId) && other.getStatus() != HouseholdStatus.REJECTED)
            .findFirst()
            .ifPresent(other -> violations.add(new Violation(field, "validation.member.idNumber.registered",
                    other.getHouseholdNumber())));
    }
}
