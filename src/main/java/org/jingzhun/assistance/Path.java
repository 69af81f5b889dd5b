package org.jingzhun.assistance;

public enum Path {
    INDUSTRY, EMPLOYMENT, RELOCATION, ECOLOGY, EDUCATION, HEALTH, SAFETY_NET
}
