package org.jingzhun.household;

public enum SchoolingStatus {
    NOT_APPLICABLE, PRESCHOOL, IN_SCHOOL, DROPOUT, GRADUATED
}
