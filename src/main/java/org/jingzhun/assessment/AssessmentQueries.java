package org.jingzhun.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jingzhun.system.Today;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The assessment's counts: four grouped queries over our own tables (household, household_status_change,
 * task_record, quality_finding), filtered by area prefix. Nothing here reads the engine.
 */
@Repository
class AssessmentQueries {

    /** What a figure is grouped by: the township (first 9 digits of the area code) or the cadre. */
    enum Unit {
        TOWNSHIP("substring(h.village_code, 1, 9)", "substring(coalesce(t.village_code, t.candidate_area), 1, 9)",
                "substring(f.village_code, 1, 9)"),
        CADRE("h.responsible_cadre", "t.completed_by", "f.responsible_cadre");

        private final String household;

        private final String task;

        private final String finding;

        Unit(String household, String task, String finding) {
            this.household = household;
            this.task = task;
            this.finding = finding;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Figures per unit key (9-digit township prefix or user id) of the households, tasks and findings under the
     * prefixes (none: every area).
     */
    Map<String, Figures> figures(Unit unit, int year, List<String> prefixes) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", year)
            .addValue("start", yearStart(year))
            .addValue("end", yearStart(year + 1));
        for (int i = 0; i < prefixes.size(); i++) {
            params.addValue("p" + i, prefixes.get(i) + "%");
        }
        Map<String, Tally> tallies = new TreeMap<>();
        households(unit, prefixes, params, tallies);
        returns(unit, prefixes, params, tallies);
        tasks(unit, prefixes, params, tallies);
        findings(unit, prefixes, params, tallies);
        Map<String, Figures> figures = new TreeMap<>();
        tallies.forEach((key, tally) -> figures.put(key, tally.figures()));
        return figures;
    }

    /** Exits stay stable unless the household's latest return happened before the year ended (README). */
    private void households(Unit unit, List<String> prefixes, MapSqlParameterSource params, Map<String, Tally> t) {
        String sql = """
                select %1$s as unit, count(*) as households,
                    sum(case when h.planned_exit_year = :year then 1 else 0 end) as planned,
                    sum(case when h.planned_exit_year = :year and h.exit_year <= :year then 1 else 0 end) as achieved,
                    sum(case when h.exit_year <= :year then 1 else 0 end) as exited,
                    sum(case when h.exit_year <= :year and not (h.status = 'RETURNED' and
                        (select max(c.changed_at) from household_status_change c
                         where c.household_id = h.id and c.to_status = 'RETURNED') < :end)
                        then 1 else 0 end) as stable
                from household h
                where %1$s is not null and %2$s
                group by %1$s""".formatted(unit.household, scope("h.village_code", prefixes));
        jdbc.query(sql, params, rs -> {
            Tally tally = t.computeIfAbsent(rs.getString("unit"), k -> new Tally());
            tally.households = rs.getLong("households");
            tally.planned = rs.getLong("planned");
            tally.achieved = rs.getLong("achieved");
            tally.exited = rs.getLong("exited");
            tally.stable = rs.getLong("stable");
        });
    }

    private void returns(Unit unit, List<String> prefixes, MapSqlParameterSource params, Map<String, Tally> t) {
        String sql = """
                select %1$s as unit, count(*) as returns
                from household_status_change c join household h on h.id = c.household_id
                where c.to_status = 'RETURNED' and (c.from_status is null or c.from_status <> 'RETURNED')
                    and c.changed_at >= :start and c.changed_at < :end and %1$s is not null and %2$s
                group by %1$s""".formatted(unit.household, scope("h.village_code", prefixes));
        jdbc.query(sql, params,
                rs -> { t.computeIfAbsent(rs.getString("unit"), k -> new Tally()).returns = rs.getLong("returns"); });
    }

    private void tasks(Unit unit, List<String> prefixes, MapSqlParameterSource params, Map<String, Tally> t) {
        String sql = """
                select %1$s as unit, count(*) as due_tasks, sum(case when t.on_time then 1 else 0 end) as on_time
                from task_record t
                where t.due_at is not null and t.completed_at >= :start and t.completed_at < :end
                    and %1$s is not null and %2$s
                group by %1$s""".formatted(unit.task, scope("coalesce(t.village_code, t.candidate_area)", prefixes));
        jdbc.query(sql, params, rs -> {
            Tally tally = t.computeIfAbsent(rs.getString("unit"), k -> new Tally());
            tally.dueTasks = rs.getLong("due_tasks");
            tally.onTime = rs.getLong("on_time");
        });
    }

    /** Open at the end of the year: found before it ended and not closed by then (for this year: open now). */
    private void findings(Unit unit, List<String> prefixes, MapSqlParameterSource params, Map<String, Tally> t) {
        String sql = """
                select %1$s as unit, count(*) as findings
                from quality_finding f
                where f.found_at < :end and (f.status = 'OPEN' or f.closed_at >= :end)
                    and %1$s is not null and %2$s
                group by %1$s""".formatted(unit.finding, scope("f.village_code", prefixes));
        jdbc.query(sql, params, rs -> {
            t.computeIfAbsent(rs.getString("unit"), k -> new Tally()).openFindings = rs.getLong("findings");
        });
    }

    /** "(col like :p0 or col like :p1)"; the values are bound parameters, only their names are written in. */
    private static String scope(String column, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return "1 = 1";
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < prefixes.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append(column).append(" like :p").append(i);
        }
        return sql.append(')').toString();
    }

    /** Years are counted in Beijing time, the users' calendar. */
    static OffsetDateTime yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Today.ZONE).toOffsetDateTime();
    }

    private static final class Tally {

        long planned;

        long achieved;

        long exited;

        long stable;

        long returns;

        long dueTasks;

        long onTime;

        long households;

        long openFindings;

        Figures figures() {
            return new Figures(planned, achieved, exited, stable, returns, dueTasks, onTime, households,
                    openFindings);
        }

    }

}
