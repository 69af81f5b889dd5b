package org.jingzhun.household.web;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.jingzhun.support.ResidentIds;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The new-application page's post as a browser sends it. */
final class ApplicationParams {

    private ApplicationParams() {
    }

    /** A valid resident ID nobody else in the test database has (born in the 1940s, unlike TestHouseholds'). */
    static String freshId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return ResidentIds.of("622922", LocalDate.of(1940, 1, 1).plusDays(random.nextInt(3650)), random.nextInt(1000));
    }

    /** The same ID with a different, wrong check character. */
    static String withWrongCheckDigit(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '1' ? '2' : '1');
    }

    static MultiValueMap<String, String> household(String village, String headName, int declaredSize) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("villageCode", village);
        params.add("headName", headName);
        params.add("phone", "13900000000");
        params.add("attribute", "ORDINARY");
        params.add("standard", "NATIONAL");
        params.add("declaredSize", Integer.toString(declaredSize));
        params.add("mainCause", "ILLNESS");
        params.add("secondaryCauses", "SKILLS");
        params.add("housingGrade", "B");
        params.add("safeDrinkingWater", "true");
        params.add("cultivatedLand", "3.5");
        return params;
    }

    static void member(MultiValueMap<String, String> params, int index, String name, String idNumber,
            String relation) {
        String prefix = "members[" + index + "].";
        params.add(prefix + "name", name);
        params.add(prefix + "idNumber", idNumber);
        params.add(prefix + "relation", relation);
        params.add(prefix + "health", "HEALTHY");
        params.add(prefix + "medicalInsured", "true");
    }

}
