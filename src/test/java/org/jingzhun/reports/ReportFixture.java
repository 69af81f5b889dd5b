package org.jingzhun.reports;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports' own fixed data set in the shared test database: a county of its own (629871) with two townships and
 * three villages that no other test uses, and a few dozen generated households. Loaded once per database.
 */
final class ReportFixture {

    static final String COUNTY = "629871000000";

    static final String TOWNSHIP_A = "629871100000";

    static final String TOWNSHIP_B = "629871101000";

    static final String VILLAGE_A1 = "629871100001";

    static final String VILLAGE_A2 = "629871100002";

    static final String VILLAGE_B1 = "629871101001";

    /** A village with no households: its rows must show zeros. */
    static final String VILLAGE_A3 = "629871100003";

    static final Map<String, String> VILLAGE_NAMES = Map.of(VILLAGE_A1, "报表甲一村", VILLAGE_A2, "报表甲二村",
            VILLAGE_A3, "报表甲三村", VILLAGE_B1, "报表乙一村");

    private static List<GeneratedHousehold> households;

    private static Map<String, Long> ids;

    private ReportFixture() {
    }

    static synchronized List<GeneratedHousehold> ensure(JdbcTemplate jdbc) {
        Integer loaded = jdbc.queryForObject("select count(*) from area where code = ?", Integer.class, COUNTY);
        if (loaded != null && loaded > 0 && households != null) {
            return households;
        }
        List<GeneratedHousehold> generated = new HouseholdGenerator(20261129L)
            .generate(List.of(VILLAGE_A1, VILLAGE_A2, VILLAGE_B1), 24, "RPT-");
        jdbc.update("insert into area (code, name, level, parent_code) values (?, '报表测试县', 'COUNTY', null)", COUNTY);
        jdbc.update("insert into area (code, name, level, parent_code) values (?, '报表甲镇', 'TOWNSHIP', ?)", TOWNSHIP_A,
                COUNTY);
        jdbc.update("insert into area (code, name, level, parent_code) values (?, '报表乙镇', 'TOWNSHIP', ?)", TOWNSHIP_B,
                COUNTY);
        VILLAGE_NAMES.forEach((code, name) -> jdbc.update(
                "insert into area (code, name, level, parent_code) values (?, ?, 'VILLAGE', ?)", code, name,
                code.substring(0, 9) + "000"));
        ids = HouseholdGenerator.insert(jdbc, generated);
        households = generated;
        return households;
    }

    static Long id(GeneratedHousehold household) {
        return ids.get(household.number());
    }

    static List<GeneratedHousehold> in(List<GeneratedHousehold> all, String areaCode) {
        String prefix = areaCode.endsWith("000000") ? areaCode.substring(0, 6)
                : areaCode.endsWith("000") ? areaCode.substring(0, 9) : areaCode;
        return all.stream().filter(h -> h.villageCode().startsWith(prefix)).toList();
    }

}
