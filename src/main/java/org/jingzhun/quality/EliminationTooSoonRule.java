package org.jingzhun.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jingzhun.policy.PolicyService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A risk eliminated (monitoring ended) before the policy's monitoring-min-months had passed since the household was
 * identified for monitoring: income must stay above the monitoring line that long (domain.md §6). The platform's own
 * elimination waits for it, so a breach means imported or hand-edited dates. A failing veto or income under the line
 * after elimination is EXIT_BELOW_STANDARD's finding: only exited households are monitored.
 */
@Component
class EliminationTooSoonRule implements QualityRule {

    static final String CODE = "ELIMINATION_TOO_SOON";

    private final NamedParameterJdbcTemplate jdbc;

    private final PolicyService policy;

    EliminationTooSoonRule(NamedParameterJdbcTemplate jdbc, PolicyService policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        int months = policy.monitoringMinMonths();
        List<Breach> breaches = new ArrayList<>();
        jdbc.query("""
                select h.id, h.monitoring_since, h.risk_eliminated_on from household h
                 where %s and h.monitored = false and h.risk_eliminated_on is not null
                   and h.monitoring_since is not null
                 order by h.id
                """.formatted(scope.where("h")), scope.parameters(), rs -> {
                    LocalDate since = rs.getObject(2, LocalDate.class);
                    LocalDate eliminated = rs.getObject(3, LocalDate.class);
                    if (eliminated.isBefore(since.plusMonths(months))) {
                        breaches.add(new Breach(rs.getLong(1), since, eliminated, months));
                    }
                });
        return breaches;
    }
}
