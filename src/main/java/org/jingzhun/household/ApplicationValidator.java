package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jingzhun.area.AreaService;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;

/** Checks a whole application and reports every problem at once, so nothing is stored half-way. */
class ApplicationValidator {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("[0-9]{12,30}");
    private static final int MAX_NAME = 50;
    private static final int MAX_MONTHS = 12;

    private final AreaService areas;
    private final MemberRepository members;
    private final Today today;

    ApplicationValidator(AreaService areas, MemberRepository members, Today today) {
        this.areas = areas;
        this.members = members;
        this.today = today;
    }

    /** The parsed IDs, in member order, for the caller to store. */
    List<ResidentId> validate(HouseholdApplication app) {
        List<Violation> violations = new ArrayList<>();
        if (!areas.isVillage(app.villageCode())) {
            violations.add(AreaService.unknownVillageViolation(app.villageCode()));
        }
        requireName(violations, "headName", app.headName(), "validation.headName.required");
        if (isPresent(app.phone()) && !PHONE.matcher(app.phone().strip()).matches()) {
            violations.add(new Violation("phone", "validation.phone.format", app.phone()));
        }
        if (isPresent(app.bankAccount()) && !BANK_ACCOUNT.matcher(app.bankAccount().replace(" ", "")).matches()) {
            violations.add(new Violation("bankAccount", "validation.bankAccount.format"));
        }
        violations.addAll(Household.causeViolations(app.mainCause(), app.secondaryCauses()));
        notNegative(violations, "cultivatedLand", app.cultivatedLand());
        notNegative(violations, "roadDistanceKm", app.roadDistanceKm());
        if (app.members().isEmpty()) {
            violations.add(new Violation("members", "validation.members.required"));
        }
        if (app.declaredSize() != app.members().size()) {
            violations.add(new Violation("declaredSize", "validation.declaredSize.mismatch",
                    app.declaredSize(), app.members().size()));
        }
        List<ResidentId> ids = validateMembers(violations, app.members());
        validateHead(violations, app);
        ValidationException.throwIfAny(violations);
        return ids;
    }

    private List<ResidentId> validateMembers(List<Violation> violations, List<MemberForm> forms) {
        List<ResidentId> ids = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            String field = "members[" + i + "].";
            MemberForm form = forms.get(i);
            if (form == null) {
                violations.add(new Violation(field + "name", "validation.member.name.required"));
                ids.add(null);
                continue;
            }
            requireName(violations, field + "name", form.name(), "validation.member.name.required");
            if (form.relation() == null) {
                violations.add(new Violation(field + "relation", "validation.member.relation.required"));
            }
            if (form.migrantMonths() != null && (form.migrantMonths() < 0 || form.migrantMonths() > MAX_MONTHS)) {
                violations.add(new Violation(field + "migrantMonths", "validation.member.migrantMonths.range",
                        form.migrantMonths(), MAX_MONTHS));
            }
            ResidentId id = parse(violations, field + "idNumber", form.idNumber());
            ids.add(id);
            if (id != null) {
                crossCheck(violations, field, form, id);
                Integer earlier = seen.putIfAbsent(id.residentNumber(), i);
                if (earlier != null) {
                    violations.add(new Violation(field + "idNumber", "validation.member.idNumber.duplicate",
                            earlier + 1, i + 1));
                } else {
                    registeredElsewhere(violations, field + "idNumber", id);
                }
            }
        }
        return ids;
    }

    private ResidentId parse(List<Violation> violations, String field, String idNumber) {
        try {
            return ResidentId.parse(field, idNumber, today.date());
        } catch (ValidationException e) {
            violations.addAll(e.getViolations());
            return null;
        }
    }

    private static void crossCheck(List<Violation> violations, String field, MemberForm form, ResidentId id) {
        if (form.sex() != null && form.sex() != id.sex()) {
            violations.add(new Violation(field + "sex", "validation.member.sexMismatch", form.sex(), id.sex()));
        }
        if (form.birthDate() != null && !form.birthDate().equals(id.birthDate())) {
            violations.add(new Violation(field + "birthDate", "validation.member.birthDateMismatch",
                    form.birthDate(), id.birthDate()));
        }
    }

    // A person belongs to one household; a rejected application does not hold on to its members.
    private void registeredElsewhere(List<Violation> violations, String field, ResidentId id) {
        members.findByIdNumberStartingWith(id.residentNumber()).stream()
                .map(Member::getHousehold)
                .filter(household -> household.getStatus() != HouseholdStatus.REJECTED)
                .findFirst()
                .ifPresent(household -> violations.add(new Violation(field, "validation.member.idNumber.registered",
                        household.getHouseholdNumber())));
    }

    private static void validateHead(List<Violation> violations, HouseholdApplication app) {
        List<MemberForm> heads = app.members().stream()
                .filter(form -> form != null && form.relation() == Relation.HEAD)
                .toList();
        if (heads.size() != 1) {
            violations.add(new Violation("members", "validation.members.head.count", heads.size()));
        } else if (isPresent(app.headName()) && isPresent(heads.get(0).name())
                && !heads.get(0).name().strip().equals(app.headName().strip())) {
            violations.add(new Violation("headName", "validation.members.head.name",
                    app.headName().strip(), heads.get(0).name().strip()));
        }
    }

    private static void requireName(List<Violation> violations, String field, String value, String requiredCode) {
        if (!isPresent(value)) {
            violations.add(new Violation(field, requiredCode));
        } else if (value.strip().length() > MAX_NAME) {
            violations.add(new Violation(field, "validation.name.tooLong", MAX_NAME));
        }
    }

    static void notNegative(List<Violation> violations, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            violations.add(new Violation(field, "validation.negative", value));
        }
    }

    static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }
}
