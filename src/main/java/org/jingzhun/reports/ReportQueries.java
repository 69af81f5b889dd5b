package org.jingzhun.reports;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jingzhun.assistance.FundSource;
import org.jingzhun.assistance.Path;
import org.jingzhun.household.Cause;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports as a few grouped SQL queries over our own tables (and the inbox_task read model), never over entities
 * and never over the engine's history. Every query is bounded by the area's village-code range (V53's indexes).
 * Plain JDBC so that the benchmark runs exactly these queries on its own database.
 */
public class ReportQueries {

    private static final String IN_AREA = " h.village_code between ? and ? ";

    /** The population report's status columns, after households and people (see {@link Report#POPULATION}). */
    private static final List<String> POPULATION_STATUSES = List.of("APPLIED", "POOR", "RETURNED", "EXITED", "STABLE",
            "REJECTED");

    private static final List<String> FUNNEL_STEPS = List.of("APPLIED", "POOR", "EXITED", "STABLE", "RETURNED");

    private final JdbcTemplate jdbc;

    public ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ReportTable run(Report report, AreaRange area, Instant now) {
        return new ReportTable(report, switch (report) {
            case POPULATION -> population(area);
            case CAUSES -> causes(area);
            case FUNNEL -> funnel(area);
            case EXITS -> exits(area);
            case MEASURES -> measures(area);
            case FUNDS -> funds(area);
            case MONITORING -> monitoring(area);
            case OVERDUE -> overdue(area, now);
        });
    }

    private List<ReportRow> population(AreaRange area) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("select h.village_code, h.status, count(*) from household h where" + IN_AREA
                + "group by h.village_code, h.status", rs -> {
                    long[] row = counts.computeIfAbsent(rs.getString(1), code -> new long[8]);
                    int column = POPULATION_STATUSES.indexOf(rs.getString(2));
                    row[0] += rs.getLong(3);
                    if (column >= 0) {
                        row[column + 2] += rs.getLong(3);
                    }
                }, area.low(), area.high());
        jdbc.query("select h.village_code, count(*) from household h join member m on m.household_id = h.id where"
                + IN_AREA + "group by h.village_code",
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), code -> new long[8])[1] = rs.getLong(2);
                }, area.low(), area.high());
        return villages(area, counts, 8);
    }

    private List<ReportRow> causes(AreaRange area) {
        Map<String, Long> main = grouped("select h.main_cause, count(*) from household h where" + IN_AREA
                + "and h.status <> 'REJECTED' group by h.main_cause", area);
        Map<String, Long> secondary = grouped("select c, count(*) from (select h.secondary_cause1 c from household h"
                + " where" + IN_AREA + "and h.status <> 'REJECTED' and h.secondary_cause1 is not null union all"
                + " select h.secondary_cause2 c from household h where" + IN_AREA
                + "and h.status <> 'REJECTED' and h.secondary_cause2 is not null) s group by c", area, area);
        return Arrays.stream(Cause.values())
            .map(cause -> ReportRow.ofKey(cause.name(), "household.cause." + cause.name(),
                    List.<Number>of(main.getOrDefault(cause.name(), 0L), secondary.getOrDefault(cause.name(), 0L))))
            .toList();
    }

    private List<ReportRow> funnel(AreaRange area) {
        Map<String, Long> reached = grouped("select c.to_status, count(distinct c.household_id)"
                + " from household_status_change c join household h on h.id = c.household_id where" + IN_AREA
                + "and c.to_status in ('POOR', 'EXITED', 'STABLE', 'RETURNED') group by c.to_status", area);
        reached.put("APPLIED", jdbc.queryForObject("select count(*) from household h where" + IN_AREA, Long.class,
                area.low(), area.high()));
        return FUNNEL_STEPS.stream()
            .map(step -> ReportRow.ofKey(step, "reports.funnel." + step, List.<Number>of(reached.getOrDefault(step, 0L))))
            .toList();
    }

    private List<ReportRow> exits(AreaRange area) {
        Map<Integer, long[]> years = new TreeMap<>();
        jdbc.query("select h.planned_exit_year, count(*), sum(case when h.exit_year is not null"
                + " and h.exit_year <= h.planned_exit_year then 1 else 0 end) from household h where" + IN_AREA
                + "and h.planned_exit_year is not null group by h.planned_exit_year", rs -> {
                    long[] row = years.computeIfAbsent(rs.getInt(1), y -> new long[3]);
                    row[0] = rs.getLong(2);
                    row[2] = rs.getLong(3);
                }, area.low(), area.high());
        jdbc.query("select h.exit_year, count(*) from household h where" + IN_AREA
                + "and h.exit_year is not null group by h.exit_year",
                rs -> {
                    years.computeIfAbsent(rs.getInt(1), y -> new long[3])[1] = rs.getLong(2);
                }, area.low(), area.high());
        List<ReportRow> rows = new ArrayList<>();
        years.forEach((year, row) -> rows.add(ReportRow.ofText(year.toString(), year.toString(), longs(row))));
        return rows;
    }

    private List<ReportRow> measures(AreaRange area) {
        Map<String, List<Number>> byPath = new HashMap<>();
        jdbc.query("select m.path, count(*), count(distinct m.household_id),"
                + " sum(case when m.status = 'DELIVERED' then 1 else 0 end), coalesce(sum(m.cost), 0),"
                + " coalesce(sum(case when m.status = 'DELIVERED' then m.actual_cost end), 0)"
                + " from measure m join household h on h.id = m.household_id where" + IN_AREA
                + "and m.status <> 'CANCELLED' group by m.path", rs -> {
                    byPath.put(rs.getString(1), List.<Number>of(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            money(rs.getBigDecimal(5)), money(rs.getBigDecimal(6))));
                }, area.low(), area.high());
        return Arrays.stream(Path.values())
            .map(path -> ReportRow.ofKey(path.name(), "path." + path.name(), byPath.getOrDefault(path.name(),
                    List.<Number>of(0L, 0L, 0L, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)))))
            .toList();
    }

    private List<ReportRow> funds(AreaRange area) {
        Map<String, List<Number>> bySource = new HashMap<>();
        jdbc.query("select m.fund_source, count(*), coalesce(sum(m.cost), 0),"
                + " coalesce(sum(case when m.status = 'DELIVERED' then m.actual_cost end), 0)"
                + " from measure m join household h on h.id = m.household_id where" + IN_AREA
                + "and m.status <> 'CANCELLED' and m.fund_source is not null group by m.fund_source", rs -> {
                    bySource.put(rs.getString(1),
                            List.<Number>of(rs.getLong(2), money(rs.getBigDecimal(3)), money(rs.getBigDecimal(4))));
                }, area.low(), area.high());
        return Arrays.stream(FundSource.values())
            .map(source -> ReportRow.ofKey(source.name(), "household.fundSource." + source.name(), bySource
                .getOrDefault(source.name(), List.<Number>of(0L, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)))))
            .toList();
    }

    private List<ReportRow> monitoring(AreaRange area) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("select h.village_code, sum(case when h.status = 'EXITED' then 1 else 0 end),"
                + " sum(case when h.monitored then 1 else 0 end), sum(case when h.status = 'RETURNED' then 1 else 0 end)"
                + " from household h where" + IN_AREA + "group by h.village_code", rs -> {
                    long[] row = counts.computeIfAbsent(rs.getString(1), code -> new long[4]);
                    row[0] = rs.getLong(2);
                    row[1] = rs.getLong(3);
                    row[2] = rs.getLong(4);
                }, area.low(), area.high());
        jdbc.query("select h.village_code, count(distinct c.household_id) from household_status_change c"
                + " join household h on h.id = c.household_id where" + IN_AREA
                + "and c.to_status = 'RETURNED' group by h.village_code", rs -> {
                    counts.computeIfAbsent(rs.getString(1), code -> new long[4])[3] = rs.getLong(2);
                }, area.low(), area.high());
        return villages(area, counts, 4);
    }

    /** Open tasks of the area by who holds them: the assignee, or the candidate groups while nobody claimed it. */
    private List<ReportRow> overdue(AreaRange area, Instant now) {
        Map<String, Object[]> byHolder = new LinkedHashMap<>();
        Timestamp at = Timestamp.from(now);
        jdbc.query("select t.assignee, t.candidate_groups, count(*), sum(case when t.due_at < ? then 1 else 0 end),"
                + " min(case when t.due_at < ? then t.due_at end) from inbox_task t"
                + " where t.village_code between ? and ? group by t.assignee, t.candidate_groups", rs -> {
                    String assignee = rs.getString(1);
                    String key = assignee != null ? assignee : "group:" + groups(rs.getString(2));
                    Object[] row = byHolder.computeIfAbsent(key, k -> new Object[] {assignee, 0L, 0L, null});
                    row[1] = (Long) row[1] + rs.getLong(3);
                    row[2] = (Long) row[2] + rs.getLong(4);
                    Timestamp oldest = rs.getTimestamp(5);
                    if (oldest != null && (row[3] == null || oldest.before((Timestamp) row[3]))) {
                        row[3] = oldest;
                    }
                }, at, at, area.low(), area.high());
        return byHolder.entrySet()
            .stream()
            .map(entry -> {
                Object[] row = entry.getValue();
                long days = row[3] == null ? 0 : Duration.between(((Timestamp) row[3]).toInstant(), now).toDays();
                List<Number> values = List.<Number>of((Long) row[1], (Long) row[2], days);
                return row[0] != null ? ReportRow.ofText(entry.getKey(), (String) row[0], values)
                        : new ReportRow(entry.getKey(), "reports.overdue.unclaimed",
                                entry.getKey().substring("group:".length()), null, values);
            })
            .sorted(Comparator.comparing((ReportRow row) -> -row.values().get(1).longValue())
                .thenComparing(ReportRow::key))
            .toList();
    }

    /** Every village of the area in code order, with zeros where it has no households. */
    private List<ReportRow> villages(AreaRange area, Map<String, long[]> counts, int columns) {
        List<ReportRow> rows = new ArrayList<>();
        jdbc.query("select a.code, a.name from area a where a.level = 'VILLAGE' and a.code between ? and ?"
                + " order by a.code", rs -> {
                    String code = rs.getString(1).trim();
                    long[] row = counts.get(code);
                    rows.add(ReportRow.ofArea(code, rs.getString(2), longs(row == null ? new long[columns] : row)));
                }, area.low(), area.high());
        return rows;
    }

    private Map<String, Long> grouped(String sql, AreaRange... areas) {
        Object[] args = Arrays.stream(areas).flatMap(a -> Stream.of(a.low(), a.high())).toArray();
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
        }, args);
        return counts;
    }

    private static String groups(String column) {
        return column == null ? "" : column.replaceAll("^,|,$", "");
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }

    private static List<Number> longs(long[] row) {
        return Arrays.stream(row).<Number>mapToObj(Long::valueOf).toList();
    }

}
