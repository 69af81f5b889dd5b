package org.jingzhun.household;

public enum Standard {
    NATIONAL, PROVINCIAL
}
