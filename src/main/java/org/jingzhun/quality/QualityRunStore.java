package org.jingzhun.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** quality_run: each progress update is its own short statement so the polling page sees it at once. */
@Repository
class QualityRunStore {

    private static final String SELECT = """
            select id, scope_code, scope_prefix, run_kind, status, started_by, households_total, households_checked,
                   findings_opened, findings_closed, created_at, finished_at, failure
              from quality_run
            """;

    private final NamedParameterJdbcTemplate jdbc;

    QualityRunStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String scopeCode, String prefix, String kind, String actor, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into quality_run (scope_code, scope_prefix, run_kind, status, started_by, created_at)
                values (:code, :prefix, :kind, 'QUEUED', :actor, :at)
                """, new MapSqlParameterSource("code", scopeCode).addValue("prefix", prefix).addValue("kind", kind)
                    .addValue("actor", actor).addValue("at", FindingStore.utc(at)), keys, new String[] { "id" });
        return keys.getKey().longValue();
    }

    Optional<QualityRun> find(long id) {
        return jdbc.query(SELECT + " where id = :id", Map.of("id", id), QualityRunStore::map).stream().findFirst();
    }

    /** The newest runs whose scope lies inside one of the prefixes (null: every run). */
    List<QualityRun> recent(List<String> prefixes, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = "1 = 1";
        if (prefixes != null) {
            List<String> any = new ArrayList<>();
            for (int i = 0; i < prefixes.size(); i++) {
                any.add("scope_prefix like :prefix" + i);
                parameters.addValue("prefix" + i, prefixes.get(i) + "%");
            }
            where = any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
        }
        return jdbc.query(SELECT + " where " + where + " order by created_at desc, id desc limit " + limit, parameters,
                QualityRunStore::map);
    }

    void started(long id, int total) {
        jdbc.update("update quality_run set status = 'RUNNING', households_total = :total where id = :id",
                Map.of("id", id, "total", total));
    }

    void progressed(long id, int checked, int opened, int closed) {
        jdbc.update("""
                update quality_run set households_checked = households_checked + :checked,
                       findings_opened = findings_opened + :opened, findings_closed = findings_closed + :closed
                 where id = :id
                """, Map.of("id", id, "checked", checked, "opened", opened, "closed", closed));
    }

    void finished(long id, String status, String failure, Instant at) {
        jdbc.update("update quality_run set status = :status, failure = :failure, finished_at = :at where id = :id",
                new MapSqlParameterSource("id", id).addValue("status", status)
                    .addValue("failure", failure == null ? null : failure.substring(0, Math.min(1000, failure.length())))
                    .addValue("at", FindingStore.utc(at)));
    }

    private static QualityRun map(ResultSet rs, int row) throws SQLException {
        return new QualityRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                FindingStore.instant(rs, 11), FindingStore.instant(rs, 12), rs.getString(13));
    }
}
