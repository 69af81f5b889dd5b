package org.jingzhun.users;

/**
 * One group a user belongs to, read as role and area. {@code role} is null for a group that is not one of ours
 * (created in Camunda Admin, say): the page then shows the group id as it is.
 */
public record Membership(String groupId, Role role, String areaCode, String areaName) {

    public boolean known() {
        return role != null;
    }

}
