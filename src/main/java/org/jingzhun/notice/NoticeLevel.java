package org.jingzhun.notice;

public enum NoticeLevel {
    VILLAGE, TOWNSHIP
}
