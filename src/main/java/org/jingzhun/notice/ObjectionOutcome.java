package org.jingzhun.notice;

public enum ObjectionOutcome {
    UPHELD, DISMISSED
}
