package org.jingzhun.quality;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which households a rule looks at: those whose village starts with a prefix ('' for every area), optionally one
 * household (the re-check of a single finding). Rejected applications are no registered households and are skipped.
 */
public record RuleScope(String prefix, Long householdId) {

    public static RuleScope area(String prefix) {
        return new RuleScope(prefix, null);
    }

    public static RuleScope household(String villageCode, long householdId) {
        return new RuleScope(villageCode, householdId);
    }

    /** The condition on the household table under {@code alias}, with :scopePrefix and :scopeHousehold. */
    public String where(String alias) {
        String condition = alias + ".village_code like :scopePrefix and " + alias + ".status <> 'REJECTED'";
        return householdId == null ? condition : condition + " and " + alias + ".id = :scopeHousehold";
    }

    public MapSqlParameterSource parameters() {
        MapSqlParameterSource parameters = new MapSqlParameterSource("scopePrefix", prefix + "%");
        if (householdId != null) {
            parameters.addValue("scopeHousehold", householdId);
        }
        return parameters;
    }
}
