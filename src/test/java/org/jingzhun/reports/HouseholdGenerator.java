package org.jingzhun.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jingzhun.assistance.FundSource;
import org.jingzhun.assistance.Path;
import org.jingzhun.household.Cause;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Households with members, income, measures, visits and status changes in every lifecycle state, from a seed: the
 * reports' test fixture (a few dozen) and the benchmark's 100,000. Rows go in by JDBC batches; household ids come
 * from the database, so the shared test database's identity sequence stays right.
 */
final class HouseholdGenerator {

    private static final List<List<String>> PATHS = List.of(List.of("APPLIED"), List.of("APPLIED", "REJECTED"),
            List.of("APPLIED", "POOR"), List.of("APPLIED", "POOR", "POOR"), List.of("APPLIED", "POOR", "EXITED"),
            List.of("APPLIED", "POOR", "EXITED", "STABLE"), List.of("APPLIED", "POOR", "EXITED", "RETURNED"),
            List.of("APPLIED", "POOR", "EXITED", "RETURNED", "EXITED"));

    private static final String[] MEASURE_STATUSES = {"PLANNED", "DELIVERED", "DELIVERED", "CANCELLED"};

    private static final int BATCH = 2_000;

    private final Random random;

    HouseholdGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<GeneratedHousehold> generate(List<String> villages, int perVillage, String numberPrefix) {
        List<GeneratedHousehold> households = new ArrayList<>();
        for (String village : villages) {
            for (int i = 0; i < perVillage; i++) {
                households.add(one(numberPrefix + village + "-" + i, village));
            }
        }
        return households;
    }

    private GeneratedHousehold one(String number, String village) {
        List<String> path = PATHS.get(random.nextInt(PATHS.size()));
        String status = path.get(path.size() - 1);
        boolean registered = path.contains("POOR");
        Cause[] causes = Cause.values();
        String main = causes[random.nextInt(causes.length)].name();
        String second = random.nextInt(3) == 0 ? null : other(causes, main, null);
        String third = second == null || random.nextBoolean() ? null : other(causes, main, second);
        Integer planned = registered ? 2024 + random.nextInt(4) : null;
        Integer exit = path.contains("EXITED") ? 2023 + random.nextInt(5) : null;
        boolean monitored = (status.equals("EXITED") || status.equals("RETURNED")) && random.nextBoolean();
        List<GeneratedHousehold.Measure> measures = new ArrayList<>();
        int measureCount = registered ? random.nextInt(4) : 0;
        for (int m = 0; m < measureCount; m++) {
            String measureStatus = MEASURE_STATUSES[random.nextInt(MEASURE_STATUSES.length)];
            BigDecimal cost = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(500 + random.nextInt(5000), 0);
            BigDecimal actual = measureStatus.equals("DELIVERED") && cost != null
                    ? cost.subtract(BigDecimal.valueOf(random.nextInt(300))) : null;
            String fund = random.nextInt(6) == 0 ? null
                    : FundSource.values()[random.nextInt(FundSource.values().length)].name();
            measures.add(new GeneratedHousehold.Measure(Path.values()[random.nextInt(Path.values().length)].name(),
                    measureStatus, cost, actual, fund));
        }
        return new GeneratedHousehold(number, village, status, path, 1 + random.nextInt(5), main, second, third,
                planned, exit, monitored, measures, registered ? random.nextInt(3) : 0,
                registered ? random.nextInt(4) : 0);
    }

    private String other(Cause[] causes, String... taken) {
        while (true) {
            String cause = causes[random.nextInt(causes.length)].name();
            if (!Arrays.asList(taken).contains(cause)) {
                return cause;
            }
        }
    }

    /** Inserts the households and everything under them; returns household number to id. */
    static Map<String, Long> insert(JdbcTemplate jdbc, List<GeneratedHousehold> households) {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-15T02:00:00Z"));
        Date applied = Date.valueOf(LocalDate.of(2023, 3, 1));
        List<Object[]> rows = new ArrayList<>();
        for (GeneratedHousehold h : households) {
            rows.add(new Object[] {h.number(), h.villageCode(), "户主" + h.number(), "13900000000", h.status(),
                    stage(h.status()), h.members(), h.mainCause(), h.secondary1(), h.secondary2(),
                    h.plannedExitYear(), h.exitYear(), h.monitored(), applied, now, h.reached("POOR") ? "cadre" : null});
        }
        batch(jdbc, "insert into household (household_number, village_code, head_name, phone, attribute, standard,"
                + " status, stage, declared_size, main_cause, secondary_cause1, secondary_cause2, planned_exit_year,"
                + " exit_year, monitored, applied_on, created_at, responsible_cadre)"
                + " values (?, ?, ?, ?, 'ORDINARY', 'NATIONAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        Map<String, Long> ids = new HashMap<>();
        for (String village : households.stream().map(GeneratedHousehold::villageCode).distinct().toList()) {
            jdbc.query("select id, household_number from household where village_code = ?",
                    rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }, village);
        }
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> measures = new ArrayList<>();
        List<Object[]> incomes = new ArrayList<>();
        List<Object[]> visits = new ArrayList<>();
        for (GeneratedHousehold h : households) {
            Long id = ids.get(h.number());
            String from = null;
            for (String to : h.statusPath()) {
                changes.add(new Object[] {id, from, to, now});
                from = to;
            }
            for (int m = 0; m < h.members(); m++) {
                members.add(new Object[] {id, "成员" + m, m % 2 == 0 ? "MALE" : "FEMALE",
                        String.format("62292219800101%03d%s", m, m % 2 == 0 ? "1" : "2"), m == 0 ? "HEAD" : "CHILD"});
            }
            for (GeneratedHousehold.Measure m : h.measures()) {
                measures.add(new Object[] {id, m.path(), m.cost(), m.fundSource(), m.status(), m.actualCost(), now});
            }
            for (int y = 0; y < h.incomeYears(); y++) {
                incomes.add(new Object[] {id, 2023 + y, h.members(), now});
            }
            for (int v = 0; v < h.visits(); v++) {
                visits.add(new Object[] {id, Date.valueOf(LocalDate.of(2025, 1 + v, 10))});
            }
        }
        batch(jdbc, "insert into household_status_change (household_id, from_status, to_status, changed_at, actor)"
                + " values (?, ?, ?, ?, 'generator')", changes);
        batch(jdbc, "insert into member (household_id, name, sex, id_number, id_type, birth_date, relation, health)"
                + " values (?, ?, ?, ?, 'RESIDENT', date '1980-01-01', ?, 'HEALTHY')", members);
        batch(jdbc, "insert into measure (household_id, path, content, cost, fund_source, start_date, status,"
                + " actual_cost, created_at) values (?, ?, '测试措施', ?, ?, date '2025-01-01', ?, ?, ?)", measures);
        batch(jdbc, "insert into income_record (household_id, income_year, wage, business, property, transfer,"
                + " subsistence_allowance, destitute_support, pension, ecological_compensation, other_transfer,"
                + " business_expenses, member_count, per_capita_net, recorded_at, recorded_by)"
                + " values (?, ?, 6000, 2000, 0, 1200, 0, 0, 0, 0, 1200, 800, ?, 2100, ?, 'generator')", incomes);
        batch(jdbc, "insert into visit (household_id, kind, visited_on, visitor, findings)"
                + " values (?, 'FOLLOW_UP', ?, 'cadre', '情况稳定')", visits);
        return ids;
    }

    private static String stage(String status) {
        return switch (status) {
            case "APPLIED" -> "IDENTIFICATION";
            case "POOR", "RETURNED" -> "ASSISTANCE";
            case "EXITED" -> "POST_EXIT";
            default -> "CLOSED";
        };
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

}
