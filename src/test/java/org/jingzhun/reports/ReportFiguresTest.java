package org.jingzhun.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jingzhun.area.AreaService;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every chart's figures equal a direct count of the fixed data set, at county, township and village level. */
@IntegrationTest
class ReportFiguresTest {

    private static final List<String> AREAS = List.of(ReportFixture.COUNTY, ReportFixture.TOWNSHIP_A,
            ReportFixture.TOWNSHIP_B, ReportFixture.VILLAGE_A1, ReportFixture.VILLAGE_A3);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    AreaService areas;

    List<GeneratedHousehold> households;

    @BeforeEach
    void fixture() {
        households = ReportFixture.ensure(jdbc);
    }

    @ParameterizedTest
    @EnumSource(value = Report.class, names = "OVERDUE", mode = EnumSource.Mode.EXCLUDE)
    void eachReportEqualsACountOfTheFixtureInEveryArea(Report report) {
        for (String code : AREAS) {
            List<GeneratedHousehold> in = ReportFixture.in(households, code);
            List<String> villages = ReportFixture.VILLAGE_NAMES.keySet()
                .stream()
                .filter(v -> ReportFixture.in(List.of(probe(v)), code).size() == 1)
                .sorted()
                .toList();
            assertThat(ExpectedFigures.actual(reports.table(report, areas.find(code).orElseThrow())))
                .as("%s of %s", report, code)
                .containsExactlyEntriesOf(ExpectedFigures.of(report, in, villages));
        }
    }

    @Test
    void populationEqualsPlainSqlCounts() {
        ReportTable table = reports.table(Report.POPULATION, areas.find(ReportFixture.TOWNSHIP_A).orElseThrow());
        for (String village : List.of(ReportFixture.VILLAGE_A1, ReportFixture.VILLAGE_A2, ReportFixture.VILLAGE_A3)) {
            assertThat(table.value(village, 0)).isEqualTo(
                    jdbc.queryForObject("select count(*) from household where village_code = ?", Long.class, village));
            assertThat(table.value(village, 1)).isEqualTo(jdbc.queryForObject(
                    "select count(*) from member m join household h on h.id = m.household_id where h.village_code = ?",
                    Long.class, village));
        }
    }

    @Test
    void townshipReportNeverCountsTheOtherTownship() {
        ReportTable a = reports.table(Report.FUNNEL, areas.find(ReportFixture.TOWNSHIP_A).orElseThrow());
        ReportTable b = reports.table(Report.FUNNEL, areas.find(ReportFixture.TOWNSHIP_B).orElseThrow());
        ReportTable county = reports.table(Report.FUNNEL, areas.find(ReportFixture.COUNTY).orElseThrow());
        long applied = households.size();
        assertThat(a.value("APPLIED", 0)).isEqualTo(48L);
        assertThat(b.value("APPLIED", 0)).isEqualTo(24L);
        assertThat(county.value("APPLIED", 0)).isEqualTo(applied);
        assertThat(reports.table(Report.POPULATION, areas.find(ReportFixture.TOWNSHIP_A).orElseThrow()).rows())
            .extracting(ReportRow::key)
            .containsExactly(ReportFixture.VILLAGE_A1, ReportFixture.VILLAGE_A2, ReportFixture.VILLAGE_A3);
    }

    @Test
    void fixtureCoversEveryStatusAndSomeMeasures() {
        assertThat(households).extracting(GeneratedHousehold::status)
            .contains("APPLIED", "REJECTED", "POOR", "EXITED", "STABLE", "RETURNED");
        assertThat(households.stream().mapToInt(h -> h.measures().size()).sum()).isGreaterThan(20);
    }

    private static GeneratedHousehold probe(String village) {
        return new GeneratedHousehold("", village, "", List.of(), 0, "", null, null, null, null, false, List.of(), 0,
                0);
    }

}
