package org.jingzhun.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.household.HouseholdRepository;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** What mails say about households and tasks, read from our tables and the inbox read model. */
@Component
class MailFacts {

    /** The inbox_task columns {@link #taskRows()} reads, with the village's name: t is inbox_task, a is area. */
    static final String TASK_COLUMNS = "t.task_id, t.task_key, t.name, t.household_id, t.household_number, t.head_name,"
            + " t.village_code, a.name as village_name, t.due_at, t.assignee, t.candidate_groups";

    static final String TASK_FROM = "inbox_task t left join area a on a.code = t.village_code";

    private final HouseholdRepository households;

    private final AreaService areas;

    private final MailLinks links;

    MailFacts(HouseholdRepository households, AreaService areas, MailLinks links) {
        this.households = households;
        this.areas = areas;
        this.links = links;
    }

    /** Empty for an id without a household (a test model's made-up one): nothing to tell anyone about. */
    Optional<MailHousehold> household(Long householdId) {
        return households.findById(householdId)
            .map(household -> new MailHousehold(householdId, household.getHouseholdNumber(), household.getHeadName(),
                    villageName(household.getVillageCode()), links.household(householdId)));
    }

    MailTask task(String taskId, String key, String name, MailHousehold household, Date due, String assignee,
            List<String> groups) {
        return new MailTask(taskId, key, name, household, due == null ? null : due.toInstant(), assignee, groups,
                links.task(taskId));
    }

    RowMapper<MailTask> taskRows() {
        return this::task;
    }

    private MailTask task(ResultSet row, int rowNumber) throws SQLException {
        Long householdId = row.getLong("household_id");
        String village = row.getString("village_name");
        MailHousehold household = new MailHousehold(householdId, row.getString("household_number"),
                row.getString("head_name"), village == null ? row.getString("village_code") : village,
                links.household(householdId));
        return new MailTask(row.getString("task_id"), row.getString("task_key"), row.getString("name"), household,
                instant(row, "due_at"), row.getString("assignee"),
                groups(row.getString("candidate_groups")), links.task(row.getString("task_id")));
    }

    /** The read model keeps ",a,b," so that each group can be matched; here the plain list. */
    static List<String> groups(String column) {
        return column == null ? List.of() : Arrays.stream(column.split(",")).filter(g -> !g.isEmpty()).toList();
    }

    private String villageName(String villageCode) {
        return areas.find(villageCode).map(Area::getName).orElse(villageCode);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
