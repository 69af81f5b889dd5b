package org.jingzhun.demo;

import java.time.LocalDate;

import org.jingzhun.quality.QualityRun;
import org.jingzhun.quality.QualityRuns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo only: two households carry the kind of mistake the data-quality rules exist for, and a first run finds them,
 * so /quality, the cadre's inbox and the assessment show findings on first start.
 */
@Component
@ConditionalOnProperty(name = "jingzhun.demo.enabled", havingValue = "true")
class DemoFindings {

    private final JdbcTemplate jdbc;

    private final QualityRuns runs;

    DemoFindings(JdbcTemplate jdbc, QualityRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    void seed() {
        dateIdentificationsAYearBack();
        introduceMistakes();
        runs.start(null, "", QualityRun.MANUAL, "admin");
    }

    /**
     * The demo journey runs every step today; a real household is identified months before it can exit. Without this
     * every demo exit would be an "exit too soon after identification" finding.
     */
    private void dateIdentificationsAYearBack() {
        jdbc.query("select id, applied_on, first_identified_on from household", row -> {
            LocalDate identified = row.getObject("first_identified_on", LocalDate.class);
            jdbc.update("update household set applied_on = ?, first_identified_on = ? where id = ?",
                    row.getObject("applied_on", LocalDate.class).minusYears(1),
                    identified == null ? null : identified.minusYears(1), row.getLong("id"));
        });
    }

    private void introduceMistakes() {
        // a declared size one above the members listed, and a head whose recorded birth date is not the ID's
        jdbc.update("""
                update household set declared_size = declared_size + 1
                 where id = (select min(id) from household where village_code = ? and status <> 'REJECTED')""",
                DemoAreas.VILLAGE_A);
        jdbc.query("""
                select m.id, m.birth_date from member m join household h on h.id = m.household_id
                 where h.village_code = ? and h.status <> 'REJECTED' order by m.id fetch first 1 rows only""",
                row -> {
                    LocalDate recorded = row.getObject("birth_date", LocalDate.class);
                    jdbc.update("update member set birth_date = ? where id = ?", recorded.plusDays(1),
                            row.getLong("id"));
                }, DemoAreas.VILLAGE_B);
    }

}
