package org.jingzhun.area;

public enum AreaLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int prefixLength;

    AreaLevel(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    /** Number of leading digits of a 12-digit division code that identify an area of this level. */
    public int prefixLength() {
        return prefixLength;
    }
}
