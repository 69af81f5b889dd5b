package org.jingzhun.workflow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the inbox read model (tables inbox_task and inbox_task_group) from the engine's task events. It runs inside
 * the engine's transaction, so a task and its inbox row commit or roll back together.
 */
@Component
public class InboxReadModel {

    private final NamedParameterJdbcTemplate jdbc;

    private final HouseholdRepository households;

    InboxReadModel(NamedParameterJdbcTemplate jdbc, HouseholdRepository households) {
        this.jdbc = jdbc;
        this.households = households;
    }

    /** Inserts the task's row, or brings its engine fields up to date; household columns are read only at insert. */
    void save(OpenTask task) {
        String groups = groupColumn(task.candidateGroups());
        List<String> stored = jdbc.queryForList("select candidate_groups from inbox_task where task_id = :id",
                Map.of("id", task.id()), String.class);
        if (stored.isEmpty()) {
            insert(task, groups);
            insertGroups(task);
            return;
        }
        jdbc.update("""
                update inbox_task set task_key = :key, name = :name, assignee = :assignee,
                    candidate_groups = :groups, due_at = :due, follow_up_at = :followUp, priority = :priority
                where task_id = :id""", taskFields(task, groups));
        if (!stored.get(0).equals(groups)) {
            jdbc.update("delete from inbox_task_group where task_id = :id", Map.of("id", task.id()));
            insertGroups(task);
        }
    }

    /** The task was completed or deleted (process cancelled, boundary event, migration): it leaves the inbox. */
    void remove(String taskId) {
        jdbc.update("delete from inbox_task where task_id = :id", Map.of("id", taskId));
    }

    /** Reminders and escalations only ever raise the level. */
    public void escalated(String taskId, EscalationLevel level) {
        jdbc.update("""
                update inbox_task set escalation_level = :level
                where task_id = :id and escalation_level <> 'ESCALATION'""",
                Map.of("id", taskId, "level", level.name()));
    }

    List<String> taskIds() {
        return jdbc.queryForList("select task_id from inbox_task", Map.of(), String.class);
    }

    List<String> taskIdsOf(String processInstanceId) {
        return jdbc.queryForList("select task_id from inbox_task where process_instance_id = :instance",
                Map.of("instance", processInstanceId), String.class);
    }

    private void insert(OpenTask task, String groups) {
        MapSqlParameterSource params = taskFields(task, groups).addValue("created", utc(task.created()))
            .addValue("householdId", task.householdId())
            .addValue("processInstanceId", task.processInstanceId())
            .addValue("number", null)
            .addValue("head", null)
            .addValue("village", null)
            .addValue("stage", null);
        Household household = task.householdId() == null ? null : households.findById(task.householdId()).orElse(null);
        if (household != null) {
            params.addValue("number", household.getHouseholdNumber())
                .addValue("head", household.getHeadName())
                .addValue("village", household.getVillageCode())
                .addValue("stage", household.getStage().name());
        }
        jdbc.update("""
                insert into inbox_task (task_id, task_key, name, household_id, household_number, head_name,
                    village_code, stage, assignee, candidate_groups, created_at, due_at, follow_up_at, priority,
                    escalation_level, process_instance_id)
                values (:id, :key, :name, :householdId, :number, :head, :village, :stage, :assignee, :groups,
                    :created, :due, :followUp, :priority, 'NONE', :processInstanceId)""", params);
    }

    private void insertGroups(OpenTask task) {
        for (String group : task.candidateGroups()) {
            jdbc.update("insert into inbox_task_group (group_id, task_id) values (:group, :id)",
                    Map.of("group", group, "id", task.id()));
        }
    }

    private static MapSqlParameterSource taskFields(OpenTask task, String groups) {
        return new MapSqlParameterSource().addValue("id", task.id())
            .addValue("key", task.key())
            .addValue("name", task.name())
            .addValue("assignee", task.assignee())
            .addValue("groups", groups)
            .addValue("due", utc(task.due()))
            .addValue("followUp", utc(task.followUp()))
            .addValue("priority", task.priority());
    }

    /** ",cadre-622922100201,committee-622922100201," — readable, and every group can be matched with ",g,". */
    static String groupColumn(List<String> groups) {
        return groups.isEmpty() ? "," : "," + String.join(",", groups) + ",";
    }

    private static OffsetDateTime utc(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

}
