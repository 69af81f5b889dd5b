package org.jingzhun.assistance;

/** Names the AssistanceProcess reads: gateway flags and the task-local texts its forms show. */
public final class AssistanceVariables {

    public static final String PLAN_APPROVED = "planApproved";

    public static final String READY_FOR_EXIT = "readyForExit";

    /** Task-local on Task_PlanMeasures: the DMN's suggested paths as the form's {{recommendedPaths}}. */
    public static final String RECOMMENDED_PATHS = "recommendedPaths";

    /** Task-local on each Task_DeliverMeasure: the measure being delivered as the form's {{measureContent}}. */
    public static final String MEASURE_CONTENT = "measureContent";

    public static final String MEASURES = "measures";

    public static final String PLAN_SUMMARY = "planSummary";

    private AssistanceVariables() {
    }

}
