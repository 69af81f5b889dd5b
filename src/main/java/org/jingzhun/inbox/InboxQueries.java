package org.jingzhun.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jingzhun.security.UserScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The inbox's SQL over the read model. Each method is one statement; none asks the engine. Every statement is limited
 * to the user's areas and to tasks that are theirs or claimable by one of their groups.
 */
@Repository
class InboxQueries {

    private static final String COLUMNS = """
            t.task_id, t.task_key, t.name, t.household_id, t.household_number, t.head_name, t.village_code,
            a.name as village_name, t.stage, t.assignee, t.candidate_groups, t.created_at, t.due_at, t.follow_up_at,
            t.priority, t.escalation_level""";

    private static final String FROM = " from inbox_task t left join area a on a.code = t.village_code where ";

    private final NamedParameterJdbcTemplate jdbc;

    InboxQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page with the total of its tab and filters, counted in the same statement. */
    InboxPage page(UserScope scope, InboxQuery query, Instant now) {
        Where where = new Where(scope, now);
        where.add(where.visible());
        where.add(where.tab(query.tab()));
        if (query.village() != null) {
            where.add("t.village_code = :village", "village", query.village());
        }
        if (query.stage() != null) {
            where.add("t.stage = :stage", "stage", query.stage().name());
        }
        if (query.step() != null) {
            where.add("t.task_key = :step", "step", query.step());
        }
        if (query.search() != null) {
            where.search(query.search());
        }
        where.params.addValue("limit", query.size()).addValue("offset", query.offset());
        String direction = query.ascending() ? " asc" : " desc";
        String sql = "select " + COLUMNS + ", count(*) over () as total_rows" + FROM + where.sql() + " order by "
                + query.sort().column() + direction + " nulls last, t.task_id" + direction
                + " limit :limit offset :offset";
        long[] total = { 0 };
        List<InboxItem> items = jdbc.query(sql, where.params, (rs, n) -> {
            total[0] = rs.getLong("total_rows");
            return item(rs, now);
        });
        return new InboxPage(items, query.page(), query.size(), total[0]);
    }

    /** Beyond the last page the page statement has no row to carry the total; this counts it alone. */
    long total(UserScope scope, InboxTab tab, Instant now) {
        Where where = new Where(scope, now);
        where.add(where.visible());
        where.add(where.tab(tab));
        return jdbc.queryForObject("select count(*) from inbox_task t where " + where.sql(), where.params,
                Long.class);
    }

    /** Every tab's count in one statement. */
    InboxCounts counts(UserScope scope, Instant now) {
        Where where = new Where(scope, now);
        where.add(where.visible());
        String sql = "select coalesce(sum(case when " + where.tab(InboxTab.MINE) + " then 1 else 0 end), 0) mine, "
                + "coalesce(sum(case when " + where.tab(InboxTab.GROUPS) + " then 1 else 0 end), 0) claimable, "
                + "coalesce(sum(case when " + where.tab(InboxTab.OVERDUE) + " then 1 else 0 end), 0) overdue, "
                + "coalesce(sum(case when " + where.tab(InboxTab.FOLLOW_UP) + " then 1 else 0 end), 0) follow_up "
                + "from inbox_task t where " + where.sql();
        return jdbc.queryForObject(sql, where.params, (rs, n) -> new InboxCounts(rs.getLong("mine"),
                rs.getLong("claimable"), rs.getLong("overdue"), rs.getLong("follow_up")));
    }

    /**
     * The task if the user may act on it: in their areas, and assigned to them or offered to one of their groups
     * (whoever holds it now).
     */
    Optional<InboxItem> visible(String taskId, UserScope scope, Instant now) {
        Where where = new Where(scope, now);
        where.add(where.visible());
        where.add("t.task_id = :taskId", "taskId", taskId);
        return jdbc.query("select " + COLUMNS + FROM + where.sql(), where.params, (rs, n) -> item(rs, now))
            .stream()
            .findFirst();
    }

    /** The steps the user has work in, for the step filter. */
    List<StepOption> steps(UserScope scope, Instant now) {
        Where where = new Where(scope, now);
        where.add(where.visible());
        return jdbc.query("select t.task_key, min(t.name) as name from inbox_task t where " + where.sql()
                + " group by t.task_key order by t.task_key", where.params,
                (rs, n) -> new StepOption(rs.getString("task_key"), rs.getString("name")));
    }

    private static InboxItem item(ResultSet rs, Instant now) throws SQLException {
        Instant due = instant(rs, "due_at");
        long householdId = rs.getLong("household_id");
        return new InboxItem(rs.getString("task_id"), rs.getString("task_key"), rs.getString("name"),
                rs.wasNull() ? null : householdId, rs.getString("household_number"), rs.getString("head_name"),
                rs.getString("village_code"), rs.getString("village_name"), rs.getString("stage"),
                rs.getString("assignee"), groups(rs.getString("candidate_groups")), instant(rs, "created_at"), due,
                instant(rs, "follow_up_at"), rs.getInt("priority"), rs.getString("escalation_level"),
                due != null && due.isBefore(now));
    }

    private static List<String> groups(String column) {
        return Arrays.stream(column.split(",")).filter(group -> !group.isEmpty()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The conditions of one statement and their parameters. */
    private static final class Where {

        private final List<String> clauses = new ArrayList<>();

        private final MapSqlParameterSource params = new MapSqlParameterSource();

        private final UserScope scope;

        Where(UserScope scope, Instant now) {
            this.scope = scope;
            params.addValue("me", scope.userId())
                .addValue("now", now.atOffset(ZoneOffset.UTC))
                .addValue("groups", List.copyOf(scope.groups()));
        }

        void add(String clause) {
            clauses.add(clause);
        }

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            params.addValue(name, value);
        }

        String sql() {
            return String.join(" and ", clauses);
        }

        /** In the user's areas, and theirs or one of their groups'. */
        String visible() {
            return "(" + areas() + ") and (" + mine() + " or " + inMyGroups() + ")";
        }

        String tab(InboxTab tab) {
            return switch (tab) {
                case MINE -> mine();
                case GROUPS -> claimable();
                case OVERDUE -> "(" + mine() + " or " + claimable() + ") and t.due_at < :now";
                case FOLLOW_UP -> mine() + " and t.follow_up_at <= :now";
            };
        }

        /** Household number from its start, the head's name anywhere, or a member's full ID number. */
        void search(String text) {
            String like = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.addValue("numberPrefix", like + "%")
                .addValue("nameContains", "%" + like + "%")
                .addValue("idNumber", text.toUpperCase());
            clauses.add("(t.household_number like :numberPrefix escape '!'"
                    + " or t.head_name like :nameContains escape '!'"
                    + " or exists (select 1 from member m where m.household_id = t.household_id"
                    + " and m.id_number = :idNumber))");
        }

        private String areas() {
            if (scope.isAdmin()) {
                return "1 = 1";
            }
            List<String> prefixes = scope.prefixes();
            if (prefixes.isEmpty()) {
                return "1 = 0";
            }
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < prefixes.size(); i++) {
                params.addValue("area" + i, prefixes.get(i) + "%");
                likes.add("t.village_code like :area" + i);
            }
            return String.join(" or ", likes);
        }

        private static String mine() {
            return "t.assignee = :me";
        }

        private String claimable() {
            return "(t.assignee is null and " + inMyGroups() + ")";
        }

        private String inMyGroups() {
            return scope.groups().isEmpty() ? "1 = 0"
                    : "exists (select 1 from inbox_task_group g where g.task_id = t.task_id"
                            + " and g.group_id in (:groups))";
        }

    }

}
