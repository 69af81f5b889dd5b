package org.jingzhun.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jingzhun.policy.PolicyParameterRepository;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An exit dated less than the policy's minimum months (quality.exit-min-months, default 2) after the household was
 * first identified. Risk elimination of monitored households leaves no date in our tables and is not checked.
 */
@Component
class EarlyExitRule implements QualityRule {

    static final String CODE = "EXIT_TOO_SOON";

    static final String MIN_MONTHS = "quality.exit-min-months";

    private final NamedParameterJdbcTemplate jdbc;

    private final PolicyParameterRepository policy;

    EarlyExitRule(NamedParameterJdbcTemplate jdbc, PolicyParameterRepository policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        int months = minMonths();
        List<Breach> breaches = new ArrayList<>();
        jdbc.query("""
                select h.id, h.first_identified_on, h.exit_date from household h
                 where %s and h.exit_date is not null and h.first_identified_on is not null
                 order by h.id
                """.formatted(scope.where("h")), scope.parameters(), rs -> {
                    LocalDate identified = rs.getObject(2, LocalDate.class);
                    LocalDate exited = rs.getObject(3, LocalDate.class);
                    if (exited.isBefore(identified.plusMonths(months))) {
                        breaches.add(new Breach(rs.getLong(1), identified, exited, months));
                    }
                });
        return breaches;
    }

    int minMonths() {
        return policy.findFirstByParamKeyAndYearIsNullOrderByIdDesc(MIN_MONTHS)
            .map(p -> Integer.parseInt(p.getParamValue().strip()))
            .orElse(2);
    }
}
