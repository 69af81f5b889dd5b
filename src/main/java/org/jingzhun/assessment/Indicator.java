package org.jingzhun.assessment;

/**
 * The five results the assessment weighs (domain.md §7, "以实绩论英雄"). Each one's weight is the policy parameter
 * {@code assessment.weight.<key>}; the sign of the weight says whether the indicator adds or subtracts.
 */
public enum Indicator {
    EXITS_VS_PLAN("exits-vs-plan"),
    STABLE_EXITS("stable-exits"),
    RETURNS("returns"),
    ON_TIME("on-time"),
    QUALITY_FINDINGS("quality-findings");

    private final String key;

    Indicator(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    String policyKey() {
        return "assessment.weight." + key;
    }

    public Ratio of(Figures figures) {
        return switch (this) {
            case EXITS_VS_PLAN -> new Ratio(figures.achieved(), figures.planned());
            case STABLE_EXITS -> new Ratio(figures.stable(), figures.exited());
            case RETURNS -> new Ratio(figures.returns(), figures.exited());
            case ON_TIME -> new Ratio(figures.onTime(), figures.dueTasks());
            case QUALITY_FINDINGS -> new Ratio(figures.openFindings(), figures.households());
        };
    }
}
