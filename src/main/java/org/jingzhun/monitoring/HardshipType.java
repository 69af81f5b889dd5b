package org.jingzhun.monitoring;

public enum HardshipType {
    ILLNESS, DISASTER, ACCIDENT, UNEMPLOYMENT, OTHER
}
