package org.jingzhun.household;

public enum Stage {
    IDENTIFICATION, ASSISTANCE, EXIT_VERIFICATION, POST_EXIT, CLOSED
}
