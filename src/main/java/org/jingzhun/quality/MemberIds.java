package org.jingzhun.quality;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The ID number, sex and birth date of every living member in scope: what both ID rules read. */
@Component
class MemberIds {

    record Row(long householdId, String name, String idNumber, String sex, LocalDate birthDate) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    MemberIds(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> in(RuleScope scope) {
        return jdbc.query("""
                select m.household_id, m.name, m.id_number, m.sex, m.birth_date
                  from member m join household h on h.id = m.household_id
                 where %s and m.health <> 'DECEASED'
                 order by m.household_id, m.id
                """.formatted(scope.where("h")), scope.parameters(),
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)));
    }
}
