package org.jingzhun.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jingzhun.workflow.AreaGroups;

/**
 * What a signed-in user may see and do: their groups, the roles those groups give, and the area codes they cover.
 * Every query for households, tasks and reports is filtered by {@link #prefixes()} (design.md principle 5).
 */
public record UserScope(String userId, Set<String> groups, Set<String> roles, List<String> areaCodes) {

    public static UserScope of(String userId, Collection<String> groupIds) {
        Set<String> groups = new TreeSet<>(groupIds);
        Set<String> roles = new TreeSet<>();
        Set<String> areas = new TreeSet<>();
        for (String group : groups) {
            if (AreaGroups.ADMINS.equals(group)) {
                roles.add("admin");
                continue;
            }
            String area = AreaGroups.areaCode(group);
            if (area != null && area.matches("\\d{12}")) {
                roles.add(AreaGroups.role(group).startsWith(AreaGroups.DEPARTMENT) ? "department"
                        : AreaGroups.role(group));
                areas.add(area);
            }
        }
        return new UserScope(userId, groups, roles, List.copyOf(areas));
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The significant prefix of each area code: 6 digits for a county, 9 for a township, 12 for a village. */
    public List<String> prefixes() {
        return areaCodes.stream().map(UserScope::prefix).distinct().toList();
    }

    /** Whether the user's areas include the village (or any area) with this code. */
    public boolean covers(String areaCode) {
        return areaCode != null && prefixes().stream().anyMatch(areaCode::startsWith);
    }

    static String prefix(String code) {
        if (code.endsWith("000000")) {
            return code.substring(0, 6);
        }
        if (code.endsWith("000")) {
            return code.substring(0, 9);
        }
        return code;
    }

}
