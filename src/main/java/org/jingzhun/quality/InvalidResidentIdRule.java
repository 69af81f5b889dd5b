package org.jingzhun.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.household.ResidentId;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.springframework.stereotype.Component;

/** A member's ID number fails GB 11643 (length, format, ISO 7064 MOD 11-2 check character, birth date). */
@Component
class InvalidResidentIdRule implements QualityRule {

    static final String CODE = "INVALID_ID";

    private final MemberIds members;

    private final Today today;

    InvalidResidentIdRule(MemberIds members, Today today) {
        this.members = members;
        this.today = today;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        Map<Long, Breach> breaches = new LinkedHashMap<>();
        for (MemberIds.Row row : members.in(scope)) {
            try {
                ResidentId.parse(row.idNumber(), today.date());
            } catch (ValidationException e) {
                breaches.putIfAbsent(row.householdId(), new Breach(row.householdId(), row.name(), row.idNumber()));
            }
        }
        return List.copyOf(breaches.values());
    }
}
