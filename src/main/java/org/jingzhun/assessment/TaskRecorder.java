package org.jingzhun.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.AreaGroups;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps one task_record row per completed user task, written by the engine's complete listener inside the completing
 * transaction: the timeliness figures of the assessment read this table, never the engine's history.
 */
@Component
public class TaskRecorder {

    private final NamedParameterJdbcTemplate jdbc;

    TaskRecorder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void completed(DelegateTask task) {
        Instant completedAt = Today.currentInstant();
        Date due = task.getDueDate();
        Long householdId = householdId(task.getVariable(ProcessVariables.HOUSEHOLD_ID));
        jdbc.update("""
                insert into task_record (task_id, task_key, process_key, process_instance_id, household_id,
                    village_code, candidate_area, completed_by, due_at, completed_at, on_time)
                values (:id, :key, :processKey, :processInstanceId, :householdId, :village, :candidateArea,
                    :completedBy, :due, :completedAt, :onTime)""",
                new MapSqlParameterSource().addValue("id", task.getId())
                    .addValue("key", task.getTaskDefinitionKey())
                    .addValue("processKey", processKey(task))
                    .addValue("processInstanceId", task.getProcessInstanceId())
                    .addValue("householdId", householdId)
                    .addValue("village", village(householdId))
                    .addValue("candidateArea", candidateArea(task.getCandidates()))
                    .addValue("completedBy", completedBy(task))
                    .addValue("due", utc(due == null ? null : due.toInstant()))
                    .addValue("completedAt", utc(completedAt))
                    .addValue("onTime", due == null ? null : !completedAt.isAfter(due.toInstant())));
    }

    /** The user the engine runs the completion for (our pages, /api, Tasklist), else the assignee. */
    private static String completedBy(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }

    private static String processKey(DelegateTask task) {
        if (task.getProcessDefinitionId() == null) {
            return null;
        }
        return task.getProcessEngineServices()
            .getRepositoryService()
            .getProcessDefinition(task.getProcessDefinitionId())
            .getKey();
    }

    private String village(Long householdId) {
        if (householdId == null) {
            return null;
        }
        List<String> codes = jdbc.queryForList("select village_code from household where id = :id",
                Map.of("id", householdId), String.class);
        return codes.isEmpty() ? null : codes.get(0).strip();
    }

    /** The first area-bearing candidate group in name order, so the same task always lands in the same area. */
    static String candidateArea(Iterable<? extends IdentityLink> links) {
        String first = null;
        for (IdentityLink link : links) {
            String area = IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    ? AreaGroups.areaCode(link.getGroupId()) : null;
            if (area != null && area.matches("\\d{12}")
                    && (first == null || link.getGroupId().compareTo(first) < 0)) {
                first = link.getGroupId();
            }
        }
        return first == null ? null : AreaGroups.areaCode(first);
    }

    private static Long householdId(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("\\d{1,18}")) {
            return Long.valueOf(text);
        }
        return null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
