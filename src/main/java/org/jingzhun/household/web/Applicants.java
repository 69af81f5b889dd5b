package org.jingzhun.household.web;

import java.util.List;
import java.util.Optional;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may start a household application, and where: assistance cadres, in the villages they work in. */
@Component
class Applicants {

    private static final String CADRE_GROUP = AreaGroups.CADRE + "-";

    private final AreaService areas;

    Applicants(AreaService areas) {
        this.areas = areas;
    }

    static boolean isCadre(UserScope scope) {
        return scope.hasRole(AreaGroups.CADRE);
    }

    static void requireCadre(UserScope scope) {
        if (!isCadre(scope)) {
            throw new AccessDeniedException("only assistance cadres start household applications");
        }
    }

    static List<String> villageCodes(UserScope scope) {
        return scope.groups()
            .stream()
            .filter(group -> group.startsWith(CADRE_GROUP))
            .map(AreaGroups::areaCode)
            .sorted()
            .toList();
    }

    List<Area> villages(UserScope scope) {
        return villageCodes(scope).stream().flatMap(code -> areas.find(code).stream()).toList();
    }

    /** The village chosen is not one of the cadre's (an unknown or missing one is the service's to report). */
    static Optional<Violation> outsideVillages(UserScope scope, String villageCode) {
        if (villageCode == null || villageCode.isBlank() || villageCodes(scope).contains(villageCode.strip())) {
            return Optional.empty();
        }
        return Optional.of(new Violation("villageCode", "validation.village.notYours", villageCode.strip()));
    }

}
