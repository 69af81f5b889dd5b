package org.jingzhun.approval;

import java.util.List;

import org.jingzhun.exit.ExitIndicators;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.task.AttachmentInfo;
import org.jingzhun.task.HouseholdSummary;
import org.jingzhun.task.OpenTask;

/**
 * A decision waiting for a township or county reviewer, with its evidence: income against the year's line, the six
 * indicators, the departments' certifications, the household's consent, the notices and the earlier signatures.
 */
public record Approval(OpenTask task, ApprovalKind kind, HouseholdSummary household, ExitIndicators indicators,
        List<SignOff> certifications, SignOff consent, List<SignOff> earlier, List<NoticeOutcome> notices,
        List<AttachmentInfo> scans, boolean asksOnSiteCheck) {

    public Approval {
        certifications = List.copyOf(certifications);
        earlier = List.copyOf(earlier);
        notices = List.copyOf(notices);
        scans = List.copyOf(scans);
    }

}
