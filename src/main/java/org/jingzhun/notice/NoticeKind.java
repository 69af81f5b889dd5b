package org.jingzhun.notice;

public enum NoticeKind {
    IDENTIFICATION, EXIT, RETURN
}
