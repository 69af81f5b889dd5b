package org.jingzhun.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "The inbox read model equals the engine's open tasks": call after any scenario. Compares, task by task, the key,
 * name, assignee, candidate groups (column and helper table), process instance, due and follow-up dates and priority
 * of every open process task with the rows of inbox_task. Standalone tasks (no process) are not in the inbox.
 */
public final class InboxAssertions {

    private InboxAssertions() {
    }

    /** The whole read model against every open process task. */
    public static void matchesEngine(JdbcTemplate jdbc, TaskService taskService) {
        assertThat(readModel(jdbc, "select * from inbox_task"))
            .as("inbox read model (left) against the engine's open tasks (right)")
            .isEqualTo(engine(taskService, taskService.createTaskQuery()));
        assertGroupTableMatchesColumn(jdbc, "select task_id, candidate_groups from inbox_task");
    }

    /** One household's rows against its open tasks (all stages: sub-processes carry its business key). */
    public static void matchesEngine(JdbcTemplate jdbc, TaskService taskService, Long householdId) {
        assertThat(readModel(jdbc, "select * from inbox_task where household_id = " + householdId))
            .as("inbox rows of household %s (left) against its open tasks (right)", householdId)
            .isEqualTo(engine(taskService,
                    taskService.createTaskQuery().processInstanceBusinessKey(householdId.toString())));
        assertGroupTableMatchesColumn(jdbc,
                "select task_id, candidate_groups from inbox_task where household_id = " + householdId);
    }

    private static Map<String, String> engine(TaskService taskService, TaskQuery query) {
        Map<String, String> tasks = new TreeMap<>();
        for (Task task : query.list()) {
            if (task.getProcessInstanceId() == null) {
                continue;
            }
            String groups = taskService.getIdentityLinksForTask(task.getId())
                .stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .distinct()
                .sorted()
                .collect(Collectors.joining(","));
            tasks.put(task.getId(), describe(task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
                    task.getProcessInstanceId(), millis(task.getDueDate()), millis(task.getFollowUpDate()),
                    task.getPriority()));
        }
        return tasks;
    }

    private static Map<String, String> readModel(JdbcTemplate jdbc, String sql) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.query(sql, rs -> {
            String column = rs.getString("candidate_groups");
            rows.put(rs.getString("task_id"), describe(rs.getString("task_key"), rs.getString("name"),
                    rs.getString("assignee"), column.length() <= 1 ? "" : column.substring(1, column.length() - 1),
                    rs.getString("process_instance_id"), millis(rs.getObject("due_at", OffsetDateTime.class)),
                    millis(rs.getObject("follow_up_at", OffsetDateTime.class)), rs.getInt("priority")));
        });
        return rows;
    }

    private static void assertGroupTableMatchesColumn(JdbcTemplate jdbc, String sql) {
        Map<String, String> fromTable = new TreeMap<>();
        jdbc.query("select task_id, group_id from inbox_task_group order by task_id, group_id",
                rs -> {
                fromTable.merge(rs.getString("task_id"), "," + rs.getString("group_id"), String::concat);
            });
        Map<String, String> fromColumn = new TreeMap<>();
        jdbc.query(sql, rs -> {
            String column = rs.getString("candidate_groups");
            fromColumn.put(rs.getString("task_id"), column.length() <= 1 ? null : column.substring(0,
                    column.length() - 1));
        });
        fromColumn.forEach((taskId, groups) -> assertThat(fromTable.get(taskId))
            .as("inbox_task_group rows of task %s", taskId)
            .isEqualTo(groups));
    }

    private static String describe(String key, String name, String assignee, String groups, String processInstanceId,
            Long due, Long followUp, int priority) {
        return String.join(" | ", List.of(key, String.valueOf(name), "assignee=" + assignee, "groups=" + groups,
                "process=" + processInstanceId, "due=" + due, "followUp=" + followUp, "priority=" + priority));
    }

    private static Long millis(Date date) {
        return date == null ? null : date.getTime();
    }

    private static Long millis(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toEpochMilli();
    }

}
