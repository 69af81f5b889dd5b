package org.jingzhun.notice;

/** The flag PublicNoticeProcess hands back to the stage that called it. */
public final class NoticeVariables {

    public static final String OBJECTION_UPHELD = "objectionUpheld";

    private NoticeVariables() {
    }

}
