package org.jingzhun.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The same ID number listed as a living member of two registered households (indexed exact match on id_number). */
@Component
class DuplicatePersonRule implements QualityRule {

    static final String CODE = "DUPLICATE_PERSON";

    private final NamedParameterJdbcTemplate jdbc;

    DuplicatePersonRule(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        Map<Long, Breach> breaches = new LinkedHashMap<>();
        jdbc.query("""
                select m.household_id, m.name, m.id_number, h2.household_number
                  from member m
                  join household h on h.id = m.household_id
                  join member m2 on m2.id_number = m.id_number and m2.household_id <> m.household_id
                  join household h2 on h2.id = m2.household_id
                 where %s and m.health <> 'DECEASED' and m2.health <> 'DECEASED' and h2.status <> 'REJECTED'
                 order by m.household_id, m.id, h2.household_number
                """.formatted(scope.where("h")), scope.parameters(), rs -> {
                    long household = rs.getLong(1);
                    breaches.putIfAbsent(household,
                            new Breach(household, rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return List.copyOf(breaches.values());
    }
}
