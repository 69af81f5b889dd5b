package org.jingzhun.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** quality_finding in plain SQL: the run works on sets of rows, the pages filter and count by area prefix. */
@Repository
class FindingStore {

    private static final String SELECT = """
            select f.id, f.household_id, h.household_number, h.head_name, f.village_code, f.rule_code, f.details,
                   f.responsible_cadre, f.status, f.found_at, f.closed_at, f.run_id, f.process_instance_id
              from quality_finding f join household h on h.id = f.household_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    FindingStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Finding> find(long id) {
        return jdbc.query(SELECT + " where f.id = :id", Map.of("id", id), FindingStore::map).stream().findFirst();
    }

    /** The open findings of the scope's households, by "householdId/rule". */
    Map<String, Finding> open(RuleScope scope) {
        Map<String, Finding> open = new LinkedHashMap<>();
        MapSqlParameterSource parameters = scope.parameters();
        String where = "f.status = 'OPEN' and f.village_code like :scopePrefix"
                + (scope.householdId() == null ? "" : " and f.household_id = :scopeHousehold");
        jdbc.query(SELECT + " where " + where + " order by f.id", parameters, (ResultSet rs) -> {
            Finding finding = map(rs, 0);
            open.putIfAbsent(key(finding.householdId(), finding.ruleCode()), finding);
        });
        return open;
    }

    /** Open findings of a rule whose details end with the household number (DUPLICATE_PERSON's last argument). */
    List<Long> openNaming(String rule, String householdNumber) {
        return jdbc.queryForList("select f.id from quality_finding f where f.status = 'OPEN' and f.rule_code = :rule"
                + " and f.details like :suffix order by f.id",
                Map.of("rule", rule, "suffix", "%" + Breach.SEPARATOR + householdNumber), Long.class);
    }

    static String key(long householdId, String rule) {
        return householdId + "/" + rule;
    }

    long insert(long householdId, String rule, String details, Long runId, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into quality_finding (household_id, village_code, rule_code, details, responsible_cadre, status,
                                             found_at, run_id)
                select h.id, h.village_code, :rule, :details, h.responsible_cadre, 'OPEN', :at, :run
                  from household h where h.id = :household
                """, new MapSqlParameterSource("household", householdId).addValue("rule", rule)
                    .addValue("details", details).addValue("at", utc(at)).addValue("run", runId), keys,
                new String[] { "id" });
        return keys.getKey().longValue();
    }

    void updateDetails(long id, String details) {
        jdbc.update("update quality_finding set details = :details where id = :id",
                Map.of("id", id, "details", details));
    }

    void attachProcess(long id, String processInstanceId) {
        jdbc.update("update quality_finding set process_instance_id = :pid where id = :id",
                Map.of("id", id, "pid", processInstanceId));
    }

    /** Closes an open finding; false if it was closed already (a re-run and a completion racing). */
    boolean close(long id, Instant at) {
        return jdbc.update("update quality_finding set status = 'CLOSED', closed_at = :at where id = :id"
                + " and status = 'OPEN'", new MapSqlParameterSource("id", id).addValue("at", utc(at))) == 1;
    }

    List<Finding> list(FindingQuery query, List<String> prefixes, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(query, prefixes, parameters);
        return jdbc.query(SELECT + " where " + where + " order by f.found_at desc, f.id desc limit " + limit,
                parameters, FindingStore::map);
    }

    /** Findings by rule code within the prefixes, with the query's status and village but any rule. */
    Map<String, Long> countByRule(FindingQuery query, List<String> prefixes) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(new FindingQuery(null, query.status(), query.village()), prefixes, parameters);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select f.rule_code, count(*) from quality_finding f where " + where
                + " group by f.rule_code order by f.rule_code", parameters,
                (ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static String where(FindingQuery query, List<String> prefixes, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (prefixes != null) {
            List<String> any = new ArrayList<>();
            for (int i = 0; i < prefixes.size(); i++) {
                any.add("f.village_code like :prefix" + i);
                parameters.addValue("prefix" + i, prefixes.get(i) + "%");
            }
            conditions.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
        }
        if (query.rule() != null) {
            conditions.add("f.rule_code = :rule");
            parameters.addValue("rule", query.rule());
        }
        if (query.status() != null) {
            conditions.add("f.status = :status");
            parameters.addValue("status", query.status());
        }
        if (query.village() != null) {
            conditions.add("f.village_code = :village");
            parameters.addValue("village", query.village());
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Finding map(ResultSet rs, int row) throws SQLException {
        long runId = rs.getLong(12);
        Long run = rs.wasNull() ? null : runId;
        return new Finding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10),
                instant(rs, 11), run, rs.getString(13));
    }
}
