package org.jingzhun.quality;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Receives subsistence allowance (低保: a member flagged or the household attribute) or destitute support (特困供养)
 * but the newest income record has no transfer income. Disability allowances are not recorded in our schema.
 */
@Component
class AllowanceWithoutTransferRule implements QualityRule {

    static final String CODE = "ALLOWANCE_NO_TRANSFER";

    private final NamedParameterJdbcTemplate jdbc;

    AllowanceWithoutTransferRule(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        return jdbc.query("""
                select h.id, r.income_year, h.attribute,
                       (select count(*) from member m where m.household_id = h.id and m.subsistence_allowance = true
                           and m.health <> 'DECEASED')
                  from household h join income_record r on r.household_id = h.id
                 where %s
                   and r.income_year = (select max(r2.income_year) from income_record r2 where r2.household_id = h.id)
                   and r.transfer = 0
                   and (h.attribute in ('SUBSISTENCE', 'DESTITUTE') or r.subsistence_allowance > 0
                        or r.destitute_support > 0
                        or exists (select 1 from member m where m.household_id = h.id
                                      and m.subsistence_allowance = true and m.health <> 'DECEASED'))
                 order by h.id
                """.formatted(scope.where("h")), scope.parameters(),
                (rs, i) -> new Breach(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4)));
    }
}
