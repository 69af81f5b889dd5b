package org.jingzhun.household;

public enum IdType {
    RESIDENT, DISABILITY_CERT
}
