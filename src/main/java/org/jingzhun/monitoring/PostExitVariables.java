package org.jingzhun.monitoring;

/** Names the PostExitProcess model uses: its key, its message, the review step and the flags its gateways read. */
public final class PostExitVariables {

    public static final String PROCESS_KEY = "PostExitProcess";

    public static final String HARDSHIP_MESSAGE = "HardshipReported";

    public static final String REVIEW_TASK = "Task_ReviewReturnToPoverty";

    public static final String RISK_LEVEL = "riskLevel";

    public static final String RETURN_CONFIRMED = "returnConfirmed";

    public static final String RETURNED_TO_POVERTY = "returnedToPoverty";

    private PostExitVariables() {
    }

}
