package org.jingzhun.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.area.Area;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.area.AreaRepository;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Households, completed tasks and findings in areas of their own: each call of {@link #county()} makes a county no
 * other test uses (6299NN), so a test's counts and ranks are its own whatever else the shared database holds.
 */
@Component
class AssessmentFixture {

    private static final AtomicInteger COUNTIES = new AtomicInteger(10);

    private final AreaRepository areas;

    private final HouseholdService households;

    private final JdbcTemplate jdbc;

    AssessmentFixture(AreaRepository areas, HouseholdService households, JdbcTemplate jdbc) {
        this.areas = areas;
        this.households = households;
        this.jdbc = jdbc;
    }

    /** A fresh county code, saved with no parent (the tests never climb above it). */
    String county() {
        String code = "6299" + COUNTIES.getAndIncrement() + "000000";
        areas.save(new Area(code, "考核测试县" + code.substring(4, 6), AreaLevel.COUNTY, null));
        return code;
    }

    /** Township number n (1..9) of the county and its village 201. */
    String township(String county, int n) {
        String code = county.substring(0, 6) + "10" + n + "000";
        areas.save(new Area(code, "考核测试镇" + code.substring(4, 9), AreaLevel.TOWNSHIP, county));
        areas.save(new Area(village(code), "考核测试村" + code.substring(4, 9), AreaLevel.VILLAGE, code));
        return code;
    }

    static String village(String township) {
        return township.substring(0, 9) + "201";
    }

    /** Applied, registered and given a helper planning the exit for plannedYear, on the given day. */
    Long household(String village, String helper, int plannedYear, LocalDate on) {
        at(on);
        Long id = households.apply(TestHouseholds.application(village), "cadre");
        households.register(id, "county");
        households.assignHelper(id, helper, plannedYear);
        return id;
    }

    /** Only applied: counts as a household and nothing else. */
    Long applied(String village, LocalDate on) {
        at(on);
        return households.apply(TestHouseholds.application(village), "cadre");
    }

    void exit(Long id, LocalDate on) {
        at(on);
        households.recordExit(id, on, 5, "county");
    }

    void returnToPoverty(Long id, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        households.recordReturnToPoverty(id, "township", "收入低于贫困线");
    }

    /** A task_record row as the listener writes it; on time when completed not after due. */
    void task(String village, String user, Instant due, Instant completed) {
        jdbc.update("""
                insert into task_record (task_id, task_key, process_key, household_id, village_code, candidate_area,
                    completed_by, due_at, completed_at, on_time)
                values (?, 'Task_Test', 'TestProcess', null, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(),
                village, village, user, utc(due), utc(completed), due == null ? null : !completed.isAfter(due));
    }

    void finding(Long householdId, String village, String cadre, boolean open, Instant found, Instant closed) {
        jdbc.update("""
                insert into quality_finding (household_id, village_code, rule_code, details, responsible_cadre, status,
                    found_at, closed_at)
                values (?, ?, 'TEST_RULE', '考核测试', ?, ?, ?, ?)""", householdId, village, cadre,
                open ? "OPEN" : "CLOSED", utc(found), utc(closed));
    }

    /** 10:00 Beijing time of that day. */
    static Instant day(LocalDate date) {
        return date.atTime(10, 0).atZone(Today.ZONE).toInstant();
    }

    static void at(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(day(date)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
