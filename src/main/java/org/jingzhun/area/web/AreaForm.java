package org.jingzhun.area.web;

/** A new sub-area's code and name, or a new name for an existing area. */
class AreaForm {

    private String code;

    private String name;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

}
