package org.jingzhun.users;

import java.util.Arrays;
import java.util.Optional;

import org.jingzhun.area.AreaLevel;
import org.jingzhun.workflow.AreaGroups;

/**
 * What an administrator grants: a role and, except for administrators, an area of the role's level. Each pair is one
 * Camunda group named by {@link AreaGroups}, so the grant both routes tasks and scopes what the user sees.
 */
public enum Role {
    CADRE(AreaLevel.VILLAGE, "帮扶责任人"), COMMITTEE(AreaLevel.VILLAGE, "村两委"), TOWNSHIP(AreaLevel.TOWNSHIP, "乡镇审核"),
    COUNTY(AreaLevel.COUNTY, "扶贫办"), EDUCATION(AreaLevel.COUNTY, "教育局"), HEALTH(AreaLevel.COUNTY, "卫健局"),
    HOUSING(AreaLevel.COUNTY, "住建局"), WATER(AreaLevel.COUNTY, "水务局"), ADMIN(null, "管理员");

    private final AreaLevel level;

    /** The group's stored name after the area's name; group names are data, kept in the product's first language. */
    private final String groupSuffix;

    Role(AreaLevel level, String groupSuffix) {
        this.level = level;
        this.groupSuffix = groupSuffix;
    }

    /** The level of area the role applies to; null for administrators, who have no area. */
    public AreaLevel level() {
        return level;
    }

    public boolean isDepartment() {
        return level == AreaLevel.COUNTY && this != COUNTY;
    }

    public String groupId(String areaCode) {
        return switch (this) {
            case CADRE -> AreaGroups.cadres(areaCode);
            case COMMITTEE -> AreaGroups.committee(areaCode);
            case TOWNSHIP -> AreaGroups.township(areaCode);
            case COUNTY -> AreaGroups.county(areaCode);
            case ADMIN -> AreaGroups.ADMINS;
            default -> AreaGroups.department(key(), areaCode);
        };
    }

    String groupName(String areaName) {
        return level == null ? groupSuffix : areaName + " " + groupSuffix;
    }

    /** The Camunda group type, as DemoUsers sets it. */
    String groupType() {
        return switch (this) {
            case CADRE -> AreaGroups.CADRE;
            case COMMITTEE -> AreaGroups.COMMITTEE;
            case TOWNSHIP -> AreaGroups.TOWNSHIP;
            case COUNTY -> AreaGroups.COUNTY;
            case ADMIN -> "SYSTEM";
            default -> AreaGroups.DEPARTMENT;
        };
    }

    /** Lower-case name, used in message keys and form values. */
    public String key() {
        return name().toLowerCase();
    }

    public static Optional<Role> ofKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key().equals(key)).findFirst();
    }

    /** The role a group grants, if the group is one of ours. */
    public static Optional<Role> ofGroup(String groupId) {
        if (AreaGroups.ADMINS.equals(groupId)) {
            return Optional.of(ADMIN);
        }
        String area = AreaGroups.areaCode(groupId);
        if (area == null || !area.matches("\\d{12}")) {
            return Optional.empty();
        }
        return Arrays.stream(values())
            .filter(role -> role != ADMIN && role.groupId(area).equals(groupId))
            .findFirst();
    }
}
