package org.jingzhun.household;

public enum HousingGrade {
    A, B, C, D
}
