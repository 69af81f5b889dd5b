package org.jingzhun.assistance;

public enum VisitKind {
    FOLLOW_UP, POST_EXIT, HARDSHIP
}
