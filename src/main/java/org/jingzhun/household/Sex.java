package org.jingzhun.household;

public enum Sex {
    MALE, FEMALE
}
