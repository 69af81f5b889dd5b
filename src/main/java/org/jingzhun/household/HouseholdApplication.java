package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A household's application (申请) with its members and the living conditions known at that point. */
public record HouseholdApplication(String villageCode, String headName, String phone, String bankAccount,
        Attribute attribute, Standard standard, int declaredSize, Cause mainCause, List<Cause> secondaryCauses,
        List<MemberForm> members, HousingGrade housingGrade, Boolean safeDrinkingWater, BigDecimal cultivatedLand,
        BigDecimal roadDistanceKm) {

    public HouseholdApplication {
        secondaryCauses = copy(secondaryCauses);
        members = copy(members);
    }

    // Form binding may leave empty rows as nulls; List.copyOf would throw before validation could report them.
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
