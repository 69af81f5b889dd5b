package org.jingzhun.monitoring;

public enum RiskLevel {
    NONE, MONITOR, RETURN
}
