package org.jingzhun.approval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jingzhun.notice.NoticeKind;

/** What a reviewer decides on, by the step waiting for them, and which earlier signatures that decision rests on. */
public enum ApprovalKind {

    REGISTRATION(NoticeKind.IDENTIFICATION, List.of("Task_AppraiseHousehold", "Task_ReviewIdentification")),
    EXIT(NoticeKind.EXIT, List.of("Task_AppraiseExit", "Task_ReviewExit")),
    RETURN(NoticeKind.RETURN, List.of());

    static final Map<String, ApprovalKind> STEPS = Map.of("Task_ReviewIdentification", REGISTRATION,
            "Task_ApproveRegistration", REGISTRATION, "Task_ReviewExit", EXIT, "Task_ApproveExit", EXIT,
            "Task_ReviewReturnToPoverty", RETURN);

    private final NoticeKind notice;

    private final List<String> earlierSteps;

    ApprovalKind(NoticeKind notice, List<String> earlierSteps) {
        this.notice = notice;
        this.earlierSteps = earlierSteps;
    }

    /** The steps where a township or county reviewer decides: what "approvals waiting" means elsewhere too. */
    public static Set<String> steps() {
        return STEPS.keySet();
    }

    static Optional<ApprovalKind> ofStep(String taskKey) {
        return Optional.ofNullable(STEPS.get(taskKey));
    }

    NoticeKind notice() {
        return notice;
    }

    List<String> earlierSteps() {
        return earlierSteps;
    }

    /** Exit and return decisions rest on the six indicators; a registration does not have them yet. */
    public boolean showsIndicators() {
        return this != REGISTRATION;
    }

    public boolean showsCertifications() {
        return this == EXIT;
    }

}
