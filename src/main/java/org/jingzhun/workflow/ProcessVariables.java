package org.jingzhun.workflow;

/** Names of the variables the models read. Business data lives in our tables; these are the id and the flags. */
public final class ProcessVariables {

    public static final String HOUSEHOLD_ID = "householdId";

    public static final String NOTICE_ID = "noticeId";

    public static final String NOTICE_LEVEL = "noticeLevel";

    public static final String NOTICE_KIND = "noticeKind";

    public static final String MEASURE_ID = "measureId";

    private ProcessVariables() {
    }

}
