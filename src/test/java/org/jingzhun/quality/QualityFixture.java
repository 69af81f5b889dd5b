package org.jingzhun.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.area.AreaRepository;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.IncomeService;
import org.jingzhun.support.TestHouseholds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Households in fresh villages of two townships of our own (622922190000 and 622922191000), made valid by the
 * application service and then broken with plain SQL, the way imported or hand-edited data arrives.
 */
@Component
class QualityFixture {

    static final String TOWNSHIP = "622922190000";

    static final String OTHER_TOWNSHIP = "622922191000";

    static final String CADRE = "cadre-quality";

    private static final AtomicInteger VILLAGES = new AtomicInteger(200);

    private final AreaRepository areas;

    private final DemoAreas demoAreas;

    private final HouseholdService households;

    private final IncomeService incomes;

    final JdbcTemplate jdbc;

    QualityFixture(AreaRepository areas, DemoAreas demoAreas, HouseholdService households, IncomeService incomes,
            JdbcTemplate jdbc) {
        this.areas = areas;
        this.demoAreas = demoAreas;
        this.households = households;
        this.incomes = incomes;
        this.jdbc = jdbc;
    }

    String village() {
        return village(TOWNSHIP);
    }

    /** A village nobody else uses, so that a rule's answer for it holds only this test's households. */
    String village(String township) {
        demoAreas.ensure();
        for (String code : List.of(TOWNSHIP, OTHER_TOWNSHIP)) {
            if (!areas.existsById(code)) {
                areas.save(new Area(code, "质检镇" + code.substring(6, 9), AreaLevel.TOWNSHIP, DemoAreas.COUNTY));
            }
        }
        int n = VILLAGES.incrementAndGet();
        String code = township.substring(0, 9) + n;
        areas.save(new Area(code, "质检村" + n, AreaLevel.VILLAGE, township));
        return code;
    }

    /** Three living members who can work, insured, housing grade B, safe water; no income yet. */
    long household(String village) {
        long id = households.apply(TestHouseholds.application(village), "cadre");
        jdbc.update("update household set responsible_cadre = ? where id = ?", CADRE, id);
        return id;
    }

    List<Long> members(long household) {
        return jdbc.queryForList("select id from member where household_id = ? order by id", Long.class, household);
    }

    String idNumber(long member) {
        return jdbc.queryForObject("select id_number from member where id = ?", String.class, member);
    }

    void income(long household, int year, String wage, String transfer) {
        incomes.record(household, new IncomeEntry(year, new BigDecimal(wage), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal(transfer), null, null, null, null, null, BigDecimal.ZERO), "cadre");
    }

    /** Exited on the date, identified on the other; food and clothing observed secure by a visit. */
    void exited(long household, LocalDate identified, LocalDate exited) {
        jdbc.update("update household set status = 'EXITED', first_identified_on = ?, exit_date = ?, exit_year = ?"
                + " where id = ?", identified, exited, exited.getYear(), household);
        jdbc.update("insert into visit (household_id, kind, visited_on, visitor, food_secure, clothing_secure)"
                + " values (?, 'FOLLOW_UP', ?, 'cadre', true, true)", household, exited);
    }

    /** Monitored from one day, its risk eliminated on the other (monitoring ended). */
    void eliminated(long household, LocalDate monitoredFrom, LocalDate eliminatedOn) {
        jdbc.update("update household set monitored = false, monitoring_since = ?, risk_eliminated_on = ?"
                + " where id = ?", monitoredFrom, eliminatedOn, household);
    }

        void unemploymentReported(long household) {
        jdbc.update("insert into hardship_report (household_id, reported_at, reported_by, hardship_type, description,"
                + " handled) values (?, current_timestamp, 'cadre', 'UNEMPLOYMENT', '务工单位停工', false)", household);
    }

    /** The ID with a wrong check character: still 18 characters, still unique. */
    static String wrongCheckCharacter(String id) {
        char check = id.charAt(17);
        char wrong = check == '0' ? '1' : check == 'X' ? '0' : (char) (check == '9' ? 'X' : check + 1);
        return id.substring(0, 17) + wrong;
    }
}
