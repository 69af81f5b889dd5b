package org.jingzhun.workflow;

public enum EscalationLevel {
    REMINDER, ESCALATION
}
