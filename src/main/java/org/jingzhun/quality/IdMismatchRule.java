package org.jingzhun.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jingzhun.household.ResidentId;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.springframework.stereotype.Component;

/** A valid ID number whose sex digit or birth date disagrees with the member's recorded sex or birth date. */
@Component
class IdMismatchRule implements QualityRule {

    static final String CODE = "ID_MISMATCH";

    private final MemberIds members;

    private final Today today;

    IdMismatchRule(MemberIds members, Today today) {
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
            parsed(row.idNumber())
                .filter(id -> !id.sex().name().equals(row.sex()) || !id.birthDate().equals(row.birthDate()))
                .ifPresent(id -> breaches.putIfAbsent(row.householdId(), new Breach(row.householdId(), row.name(),
                        row.idNumber(), row.sex(), row.birthDate(), id.sex().name(), id.birthDate())));
        }
        return List.copyOf(breaches.values());
    }

    // An invalid number is InvalidResidentIdRule's finding; it says nothing about sex or birth date.
    private Optional<ResidentId> parsed(String number) {
        try {
            return Optional.of(ResidentId.parse(number, today.date()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
