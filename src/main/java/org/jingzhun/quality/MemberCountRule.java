package org.jingzhun.quality;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The declared household size differs from the living members listed (deceased members no longer count). */
@Component
class MemberCountRule implements QualityRule {

    static final String CODE = "SIZE_MISMATCH";

    private final NamedParameterJdbcTemplate jdbc;

    MemberCountRule(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        return jdbc.query("""
                select h.id, h.declared_size, count(m.id)
                  from household h left join member m on m.household_id = h.id and m.health <> 'DECEASED'
                 where %s
                 group by h.id, h.declared_size
                having h.declared_size <> count(m.id)
                 order by h.id
                """.formatted(scope.where("h")), scope.parameters(),
                (rs, i) -> new Breach(rs.getLong(1), rs.getInt(2), rs.getLong(3)));
    }
}
