package org.jingzhun.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.signoff.Decision;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.springframework.stereotype.Component;

/**
 * A decision form ("decision" radio + "reason") becomes a sign-off row — who, in which role, at which area level,
 * what and why (谁签字谁负责) — and the boolean flag its gateway reads.
 */
@Component
public class SignedDecisions {

    private final SignOffService signOffs;

    SignedDecisions(SignOffService signOffs) {
        this.signOffs = signOffs;
    }

    /** approve / reject: checks the whole submission, signs, sets {@code flag} and returns the answer. */
    public boolean approval(TaskSubmission submission, String flag) {
        return decide(submission, flag, "approve", "reject", Decision.APPROVE, Decision.REJECT, null);
    }

    /** As {@link #approval(TaskSubmission, String)}, keeping the evidence (e.g. votes) with the signature. */
    public boolean approval(TaskSubmission submission, String flag, String details) {
        return decide(submission, flag, "approve", "reject", Decision.APPROVE, Decision.REJECT, details);
    }

    public boolean decide(TaskSubmission submission, String flag, String yes, String no, Decision yesDecision,
            Decision noDecision) {
        return decide(submission, flag, yes, no, yesDecision, noDecision, null);
    }

    public boolean decide(TaskSubmission submission, String flag, String yes, String no, Decision yesDecision,
            Decision noDecision, String details) {
        Boolean answer = submission.decision(yes, no);
        String reason = submission.requiredText("reason");
        submission.check();
        sign(submission, answer ? yesDecision : noDecision, reason).recordDetails(details);
        submission.setFlag(flag, answer);
        submission.discard();
        return answer;
    }

    public SignOff sign(TaskSubmission submission, Decision decision, String reason) {
        DelegateTask task = submission.task();
        String group = task.getCandidates()
            .stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .findFirst()
            .orElse(null);
        String role = group == null ? "user" : AreaGroups.role(group);
        String areaCode = group == null ? null : AreaGroups.areaCode(group);
        return signOffs.record(submission.householdId(), task.getTaskDefinitionKey(), submission.actor(), role,
                levelOf(role), areaCode, decision, reason, task.getProcessInstanceId(), task.getId());
    }

    static AreaLevel levelOf(String role) {
        return switch (role) {
            case AreaGroups.CADRE, AreaGroups.COMMITTEE -> AreaLevel.VILLAGE;
            case AreaGroups.TOWNSHIP -> AreaLevel.TOWNSHIP;
            default -> AreaLevel.COUNTY;
        };
    }

}
