package org.jingzhun.users;

/** A role (its {@link Role#key()}) and, for every role but administrator, the code of an area of its level. */
class GrantForm {

    private String role;

    private String areaCode;

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

}
