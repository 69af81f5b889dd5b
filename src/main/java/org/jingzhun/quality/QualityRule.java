package org.jingzhun.quality;

import java.util.List;

/**
 * One data-quality check (domain.md §8). A rule reads our tables with SQL for a whole scope at once, so that a county
 * run costs one query per rule and village rather than one per household.
 */
public interface QualityRule {

    /** Stable code stored in quality_finding.rule_code; messages {@code quality.rule.<code>} and details. */
    String code();

    /** The households in scope that break the rule, at most one breach per household. */
    List<Breach> check(RuleScope scope);
}
