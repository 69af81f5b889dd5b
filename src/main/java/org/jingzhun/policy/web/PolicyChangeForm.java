package org.jingzhun.policy.web;

/** A new value with its reason; the year as typed (a line's year, or a new year), parsed by the controller. */
class PolicyChangeForm {

    private String year;

    private String value;

    private String reason;

    Integer parsedYear() {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
