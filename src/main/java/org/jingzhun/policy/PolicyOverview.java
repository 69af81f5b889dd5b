package org.jingzhun.policy;

import java.util.List;

/** Every policy parameter, grouped as the policy page shows them. */
public record PolicyOverview(List<PolicyEntry> lines, List<PolicyEntry> notices, List<PolicyEntry> lifecycle,
        List<StepDeadlines> steps, List<PolicyEntry> others) {
}
