package org.jingzhun.workflow;

/**
 * Camunda group ids carry a role and the 12-digit area code the role applies to, so that a candidate group both
 * routes a task and scopes who may see it.
 */
public final class AreaGroups {

    public static final String ADMINS = "camunda-admin";

    public static final String CADRE = "cadre";

    public static final String COMMITTEE = "committee";

    public static final String TOWNSHIP = "township";

    public static final String COUNTY = "county";

    public static final String DEPARTMENT = "dept";

    private AreaGroups() {
    }

    public static String cadres(String villageCode) {
        return CADRE + "-" + villageCode;
    }

    public static String committee(String villageCode) {
        return COMMITTEE + "-" + villageCode;
    }

    public static String township(String townshipCode) {
        return TOWNSHIP + "-" + townshipCode;
    }

    public static String county(String countyCode) {
        return COUNTY + "-" + countyCode;
    }

    public static String department(String department, String countyCode) {
        return DEPARTMENT + "-" + department + "-" + countyCode;
    }

    /** The role part of a group id: "cadre", "committee", "township", "county" or "dept-education". */
    public static String role(String groupId) {
        int at = groupId.lastIndexOf('-');
        return at < 0 ? groupId : groupId.substring(0, at);
    }

    /** The area code part of a group id, or null for a group without one. */
    public static String areaCode(String groupId) {
        int at = groupId.lastIndexOf('-');
        return at < 0 ? null : groupId.substring(at + 1);
    }

}
