package org.jingzhun.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Report latencies on 100,000 generated households (with members, income, measures, visits, status changes and open
 * tasks) in an H2 file database of its own under target/benchmark, at county, township and village scope, against a
 * baseline measured in the same run: a plain count(*) of the rows each report reads, over the same area range.
 * Not a timed test: it prints figures. Run: {@code mvn -B -Pbenchmark test -Dtest=ReportBenchmark}.
 */
@Tag("benchmark")
class ReportBenchmark {

    private static final String COUNTY = "621099000000";

    private static final int TOWNSHIPS = 10;

    private static final int VILLAGES_PER_TOWNSHIP = 10;

    private static final int HOUSEHOLDS_PER_VILLAGE = 1_000;

    private static final int TASKS = 20_000;

    private static final int WARM_UP = 3;

    private static final int RUNS = 15;

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void printsReportLatenciesFor100kHouseholds() throws IOException {
        Path dir = Path.of("target", "benchmark");
        deleteDatabase(dir);
        Files.createDirectories(dir);
        // H2 hands back a cached result for a repeated query over unchanged tables: off, or every run after the
        // first measures nothing
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("reports")
                + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE";
        try (SingleConnectionDataSource db = new SingleConnectionDataSource(url, "sa", "", true)) {
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            long start = System.nanoTime();
            List<String> villages = areas(jdbc);
            List<GeneratedHousehold> households = new HouseholdGenerator(42L).generate(villages,
                    HOUSEHOLDS_PER_VILLAGE, "B-");
            HouseholdGenerator.insert(jdbc, households);
            tasks(jdbc, villages);
            jdbc.execute("analyze");
            System.out.printf("%nGenerated %,d households, %,d members, %,d measures, %,d status changes, %,d income"
                    + " records, %,d visits, %,d open tasks in %.1f s%n", households.size(),
                    count(jdbc, "member"), count(jdbc, "measure"), count(jdbc, "household_status_change"),
                    count(jdbc, "income_record"), count(jdbc, "visit"), count(jdbc, "inbox_task"),
                    (System.nanoTime() - start) / 1e9);
            assertThat(count(jdbc, "household")).isEqualTo(100_000L);
            measure(jdbc, Map.of("county", COUNTY.substring(0, 6), "township", COUNTY.substring(0, 6) + "100",
                    "village", villages.get(0)));
        }
    }

    private void measure(JdbcTemplate jdbc, Map<String, String> scopes) {
        ReportQueries queries = new ReportQueries(jdbc);
        System.out.printf("%n%-11s %-9s %10s %10s %13s %8s%n", "report", "scope", "median ms", "p95 ms",
                "baseline ms", "ratio");
        for (Report report : Report.values()) {
            for (String scope : List.of("county", "township", "village")) {
                AreaRange range = AreaRange.of(scopes.get(scope));
                double[] reportMs = time(() -> queries.run(report, range, NOW));
                double[] baselineMs = time(() -> jdbc.queryForObject(baseline(report), Long.class, range.low(),
                        range.high()));
                System.out.printf("%-11s %-9s %10.2f %10.2f %13.2f %7.1fx%n", report.slug(), scope, median(reportMs),
                        p95(reportMs), median(baselineMs), median(reportMs) / median(baselineMs));
            }
        }
        System.out.println();
    }

    /** A plain count of the rows the report aggregates, over the same village-code range. */
    private static String baseline(Report report) {
        return switch (report) {
            case POPULATION -> "select count(*) from household h join member m on m.household_id = h.id"
                    + " where h.village_code between ? and ?";
            case FUNNEL -> "select count(*) from household_status_change c join household h on h.id = c.household_id"
                    + " where h.village_code between ? and ?";
            case MEASURES, FUNDS -> "select count(*) from measure m join household h on h.id = m.household_id"
                    + " where h.village_code between ? and ?";
            case OVERDUE -> "select count(*) from inbox_task t where t.village_code between ? and ?";
            default -> "select count(*) from household h where h.village_code between ? and ?";
        };
    }

    private static double[] time(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static List<String> areas(JdbcTemplate jdbc) {
        String county = COUNTY.substring(0, 6);
        jdbc.update("insert into area (code, name, level, parent_code) values (?, '基准县', 'COUNTY', null)", COUNTY);
        List<String> villages = new ArrayList<>();
        for (int t = 0; t < TOWNSHIPS; t++) {
            String township = county + (100 + t) + "000";
            jdbc.update("insert into area (code, name, level, parent_code) values (?, ?, 'TOWNSHIP', ?)", township,
                    "基准乡" + t, COUNTY);
            for (int v = 1; v <= VILLAGES_PER_TOWNSHIP; v++) {
                String village = township.substring(0, 9) + String.format("%03d", 200 + v);
                jdbc.update("insert into area (code, name, level, parent_code) values (?, ?, 'VILLAGE', ?)", village,
                        "基准村" + t + "-" + v, township);
                villages.add(village);
            }
        }
        return villages;
    }

    /** Open tasks spread over the villages, a third of them overdue, held by 200 cadres or still unclaimed. */
    private static void tasks(JdbcTemplate jdbc, List<String> villages) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            String village = villages.get(i % villages.size());
            Timestamp due = Timestamp.from(NOW.plus(Duration.ofDays(i % 3 == 0 ? -(i % 30) - 1 : i % 20)));
            rows.add(new Object[] {"bench-" + i, village, i % 5 == 0 ? null : "cadre" + (i % 200),
                    ",cadre-" + village + ",", Timestamp.from(NOW.minus(Duration.ofDays(40))), due});
        }
        jdbc.batchUpdate("insert into inbox_task (task_id, task_key, name, village_code, assignee, candidate_groups,"
                + " created_at, due_at, priority) values (?, 'Task_Benchmark', 'benchmark', ?, ?, ?, ?, ?, 50)", rows);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void deleteDatabase(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

}
