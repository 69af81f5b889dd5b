package org.jingzhun.household;

public enum LabourAbility {
    ORDINARY, SKILLED, LOST, NONE
}
