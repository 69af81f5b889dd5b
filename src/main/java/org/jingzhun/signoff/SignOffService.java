package org.jingzhun.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityNotFoundException;

import org.jingzhun.area.AreaLevel;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SignOffService {

    private final SignOffRepository signOffs;
    private final HouseholdRepository households;
    private final Today today;

    public SignOffService(SignOffRepository signOffs, HouseholdRepository households, Today today) {
        this.signOffs = signOffs;
        this.households = households;
        this.today = today;
    }

    public SignOff record(Long householdId, String step, String actor, String role, AreaLevel areaLevel,
            String areaCode, Decision decision, String reason, String processInstanceId, String taskId) {
        requireText(step, "step");
        requireText(actor, "actor");
        requireText(role, "role");
        requireText(areaCode, "areaCode");
        Objects.requireNonNull(areaLevel, "areaLevel");
        List<Violation> violations = new ArrayList<>();
        if (decision == null) {
            violations.add(new Violation("decision", "validation.decision.required"));
        } else if (decision.requiresReason() && (reason == null || reason.isBlank())) {
            violations.add(new Violation("reason", "validation.reason.required"));
        }
        ValidationException.throwIfAny(violations);
        if (!households.existsById(householdId)) {
            throw new EntityNotFoundException("Household " + householdId + " does not exist");
        }
        String trimmedReason = reason == null || reason.isBlank() ? null : reason.strip();
        return signOffs.save(new SignOff(householdId, step, actor, role, areaLevel, areaCode, decision,
                trimmedReason, today.now(), processInstanceId, taskId));
    }

    @Transactional(readOnly = true)
    public List<SignOff> forHousehold(Long householdId) {
        return signOffs.findByHouseholdIdOrderBySignedAtAscIdAsc(householdId);
    }

    // Missing who/where is a bug in the calling listener, not something the user can fix in a form.
    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sign-off needs " + name);
        }
    }
}
