package org.jingzhun.identification;

/** The gateway flags of IdentificationProcess and its result for the lifecycle. */
public final class IdentificationVariables {

    public static final String APPRAISAL_PASSED = "appraisalPassed";

    public static final String IDENTIFICATION_APPROVED = "identificationApproved";

    public static final String REGISTRATION_APPROVED = "registrationApproved";

    public static final String REGISTERED = "registered";

    private IdentificationVariables() {
    }

}
