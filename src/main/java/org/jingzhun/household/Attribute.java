package org.jingzhun.household;

public enum Attribute {
    ORDINARY, SUBSISTENCE, DESTITUTE
}
