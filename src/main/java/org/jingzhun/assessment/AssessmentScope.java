package org.jingzhun.assessment;

import java.util.ArrayList;
import java.util.List;

import org.jingzhun.area.Area;
import org.jingzhun.security.UserScope;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose results a reviewer may compare: a township reviewer their township, a county approver their county, an
 * administrator everything. Cadres, committees and departments are refused — the page ranks them, it is not theirs.
 *
 * @param area the area narrowed to, or null for all the user's areas
 * @param prefixes the area prefixes every count is filtered by; empty for an administrator's "everything"
 */
record AssessmentScope(Area area, List<String> prefixes) {

    static AssessmentScope of(UserScope user) {
        List<String> prefixes = reviewPrefixes(user);
        if (!user.isAdmin() && prefixes.isEmpty()) {
            throw new AccessDeniedException("the assessment is for township reviewers, county approvers and admins");
        }
        return new AssessmentScope(null, user.isAdmin() ? List.of() : prefixes);
    }

    /** Narrowed to one area the user reviews; an area outside them is refused like any other area's data. */
    AssessmentScope narrow(UserScope user, Area narrowed) {
        if (!user.isAdmin() && prefixes.stream().noneMatch(narrowed.getCode()::startsWith)) {
            throw new AccessDeniedException("area " + narrowed.getCode() + " is outside the user's review areas");
        }
        return new AssessmentScope(narrowed, List.of(narrowed.prefix()));
    }

    /** Township groups give 9 digits, county groups 6; a village cadre group of the same user adds nothing. */
    private static List<String> reviewPrefixes(UserScope user) {
        List<String> prefixes = new ArrayList<>();
        for (String group : user.groups()) {
            String role = AreaGroups.role(group);
            String code = AreaGroups.areaCode(group);
            if (code == null || !code.matches("\\d{12}")) {
                continue;
            }
            if (AreaGroups.TOWNSHIP.equals(role)) {
                prefixes.add(code.substring(0, 9));
            }
            else if (AreaGroups.COUNTY.equals(role)) {
                prefixes.add(code.substring(0, 6));
            }
        }
        return prefixes.stream().distinct().toList();
    }

}
