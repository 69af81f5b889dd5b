package org.jingzhun.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of corrections to household files: who changed what and when, kept with the household. A change is
 * stored as "kind|argument|…" so that each reader sees it in their own language ({@code correction.change.<kind>}).
 */
@Component
public class CorrectionLog {

    private static final int MAX_CHANGES = 2000;

    private final JdbcTemplate jdbc;

    CorrectionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String change(String kind, Object... arguments) {
        StringBuilder change = new StringBuilder(kind);
        for (Object argument : arguments) {
            change.append('|').append(String.valueOf(argument).replace('|', '/').replace('\n', ' '));
        }
        return change.toString();
    }

    void record(Long householdId, String actor, Instant at, List<String> changes) {
        String text = String.join("\n", changes);
        jdbc.update("insert into household_correction (household_id, corrected_by, corrected_at, changes)"
                + " values (?, ?, ?, ?)", householdId, actor, Timestamp.from(at),
                text.length() > MAX_CHANGES ? text.substring(0, MAX_CHANGES - 1) + "…" : text);
    }

    /** The household's corrections, newest first. */
    public List<Entry> of(Long householdId) {
        return jdbc.query("select corrected_by, corrected_at, changes from household_correction"
                + " where household_id = ? order by corrected_at desc, id desc",
                (rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        List.of(rs.getString(3).split("\n"))), householdId);
    }

    public record Entry(String correctedBy, Instant correctedAt, List<String> changes) {

        /** Each change as a message code and its arguments. */
        public List<Change> items() {
            return changes.stream().map(change -> change.split("\\|", -1))
                .map(parts -> new Change("correction.change." + parts[0],
                        Arrays.copyOfRange(parts, 1, parts.length, Object[].class)))
                .toList();
        }
    }

    public record Change(String code, Object[] arguments) {
    }
}
