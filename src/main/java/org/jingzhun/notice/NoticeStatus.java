package org.jingzhun.notice;

public enum NoticeStatus {
    OPEN, PASSED, WITHDRAWN
}
