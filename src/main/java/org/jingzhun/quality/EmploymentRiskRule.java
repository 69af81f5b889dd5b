package org.jingzhun.quality;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An unemployment risk on record (a hardship report of type UNEMPLOYMENT still open, or one of a monitored household)
 * while no living member is able to work: the risk or the labour abilities are wrong.
 */
@Component
class EmploymentRiskRule implements QualityRule {

    static final String CODE = "EMPLOYMENT_RISK_NO_LABOUR";

    private final NamedParameterJdbcTemplate jdbc;

    EmploymentRiskRule(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        return jdbc.query("""
                select h.id, (select count(*) from member m where m.household_id = h.id and m.health <> 'DECEASED')
                  from household h
                 where %s
                   and exists (select 1 from hardship_report r where r.household_id = h.id
                                  and r.hardship_type = 'UNEMPLOYMENT' and (r.handled = false or h.monitored = true))
                   and not exists (select 1 from member m where m.household_id = h.id and m.health <> 'DECEASED'
                                      and m.labour_ability in ('ORDINARY', 'SKILLED'))
                 order by h.id
                """.formatted(scope.where("h")), scope.parameters(),
                (rs, i) -> new Breach(rs.getLong(1), rs.getLong(2)));
    }
}
