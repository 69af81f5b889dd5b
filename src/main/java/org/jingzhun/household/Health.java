package org.jingzhun.household;

public enum Health {
    HEALTHY, CHRONIC, SERIOUS, DISABLED, DECEASED
}
