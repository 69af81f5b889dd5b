package org.jingzhun.exit;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.jingzhun.workflow.ProcessVariables;

/** The flags ExitVerificationProcess's gateways read; business data stays in our tables. */
public final class ExitVariables {

    public static final String PROCESS_KEY = "ExitVerificationProcess";

    public static final String EXIT_ELIGIBLE = "exitEligible";

    public static final String FAILED_INDICATOR = "failedIndicator";

    public static final String EXIT_APPRAISAL_PASSED = "exitAppraisalPassed";

    public static final String HOUSEHOLD_AGREED = "householdAgreed";

    public static final String OBJECTION_UPHELD = "objectionUpheld";

    public static final String EXIT_REVIEW_APPROVED = "exitReviewApproved";

    public static final String EXIT_APPROVED = "exitApproved";

    private ExitVariables() {
    }

    static Long householdId(VariableScope scope) {
        return ((Number) scope.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
    }

}
