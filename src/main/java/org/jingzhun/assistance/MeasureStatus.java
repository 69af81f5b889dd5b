package org.jingzhun.assistance;

public enum MeasureStatus {
    PLANNED, DELIVERED, CANCELLED
}
