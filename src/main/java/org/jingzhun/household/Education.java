package org.jingzhun.household;

public enum Education {
    ILLITERATE, PRIMARY, JUNIOR, SENIOR, VOCATIONAL, TERTIARY
}
