package org.jingzhun.modeler.migration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.modeler.migration.RunView.Item;
import org.jingzhun.modeler.migration.RunView.Progress;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables migration_run and migration_item: the record of every run and the runner's queue. */
@Repository
class MigrationRunStore {

    private final NamedParameterJdbcTemplate jdbc;

    MigrationRunStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertRun(String processKey, PlanView.Definition source, PlanView.Definition target,
            List<Instruction> plan, String user) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into migration_run (process_key, source_definition_id, source_version, target_definition_id,
                    target_version, plan, started_by, started_at)
                values (:key, :source, :sourceVersion, :target, :targetVersion, :plan, :user, :now)""",
                new MapSqlParameterSource("key", processKey).addValue("source", source.id())
                    .addValue("sourceVersion", source.version())
                    .addValue("target", target.id())
                    .addValue("targetVersion", target.version())
                    .addValue("plan", Instruction.format(plan))
                    .addValue("user", user)
                    .addValue("now", now()),
                keys, new String[] { "id" });
        return keys.getKey().longValue();
    }

    void insertItem(long runId, String processInstanceId, String businessKey) {
        jdbc.update("""
                insert into migration_item (run_id, process_instance_id, business_key, status)
                values (:run, :instance, :businessKey, 'PENDING')""",
                Map.of("run", runId, "instance", processInstanceId, "businessKey",
                        businessKey == null ? "" : businessKey));
    }

    Optional<RunView> find(long id) {
        List<RunView> runs = jdbc.query("select * from migration_run where id = :id", Map.of("id", id),
                (rs, n) -> new RunView(rs.getLong("id"), rs.getString("process_key"),
                        rs.getString("source_definition_id"), rs.getInt("source_version"),
                        rs.getString("target_definition_id"), rs.getInt("target_version"),
                        Instruction.parse(rs.getString("plan")), rs.getString("started_by"),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class), progress(id), items(id)));
        return runs.stream().findFirst();
    }

    List<RunView> recent(int limit) {
        List<Long> ids = jdbc.queryForList("select id from migration_run order by id desc fetch first " + limit
                + " rows only", Map.of(), Long.class);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    Progress progress(long runId) {
        return jdbc.queryForObject("""
                select count(*) as total,
                    coalesce(sum(case when status = 'MIGRATED' then 1 else 0 end), 0) as migrated,
                    coalesce(sum(case when status = 'FAILED' then 1 else 0 end), 0) as failed,
                    (select count(*) from migration_run where id = :run and finished_at is not null) as finished
                from migration_item where run_id = :run""", Map.of("run", runId),
                (rs, n) -> Progress.of(rs.getLong("total"), rs.getLong("migrated"), rs.getLong("failed"),
                        rs.getLong("finished") > 0));
    }

    List<Item> items(long runId) {
        return jdbc.query("""
                select i.*, h.household_number, h.head_name from migration_item i
                    left join household h on i.business_key = cast(h.id as varchar(20))
                where i.run_id = :run order by i.id""", Map.of("run", runId),
                (rs, n) -> new Item(rs.getString("process_instance_id"), rs.getString("business_key"),
                        rs.getString("household_number"), rs.getString("head_name"),
                        ItemStatus.valueOf(rs.getString("status")), rs.getString("message"),
                        rs.getObject("finished_at", OffsetDateTime.class)));
    }

    /** The oldest waiting instance of any run: id, run id and process instance. */
    Optional<Map<String, Object>> nextPending() {
        return jdbc.queryForList("""
                select id, run_id, process_instance_id from migration_item where status = 'PENDING'
                order by id fetch first 1 rows only""", Map.of()).stream().findFirst();
    }

    /** Takes the item for this transaction; false when another runner took it first. */
    boolean claim(long itemId) {
        return jdbc.update("update migration_item set status = 'RUNNING' where id = :id and status = 'PENDING'",
                Map.of("id", itemId)) == 1;
    }

    void finish(long itemId, ItemStatus status, String message, ItemStatus from) {
        jdbc.update("""
                update migration_item set status = :status, message = :message, finished_at = :now
                where id = :id and status = :from""",
                new MapSqlParameterSource("id", itemId).addValue("status", status.name())
                    .addValue("message", message == null ? null : truncate(message))
                    .addValue("now", now())
                    .addValue("from", from.name()));
    }

    /** Runs with nothing left to do are finished. */
    void finishRuns() {
        jdbc.update("""
                update migration_run set finished_at = :now
                where finished_at is null and not exists (select 1 from migration_item i
                    where i.run_id = migration_run.id and i.status in ('PENDING', 'RUNNING'))""",
                Map.of("now", now()));
    }

    String plan(long runId) {
        return jdbc.queryForObject("select plan from migration_run where id = :id", Map.of("id", runId),
                String.class);
    }

    Map<String, Object> definitions(long runId) {
        return jdbc.queryForMap("select source_definition_id, target_definition_id from migration_run where id = :id",
                Map.of("id", runId));
    }

    private static String truncate(String message) {
        return message.length() <= 4000 ? message : message.substring(0, 3997) + "...";
    }

    private static OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    }

}
