package org.jingzhun.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jingzhun.area.AreaService;
import org.jingzhun.system.Today;
import org.jingzhun.task.WebUsers;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The reports page, its drill-down and exports, each within the caller's areas. */
@IntegrationTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    ReportViews views;

    @Autowired
    AreaService areas;

    @Autowired
    Today today;

    @BeforeEach
    void fixture() {
        ReportFixture.ensure(jdbc);
    }

    static RequestPostProcessor townshipA() {
        return WebUsers.as("rpt-township-a", "township-" + ReportFixture.TOWNSHIP_A);
    }

    static RequestPostProcessor county() {
        return WebUsers.as("rpt-county", "county-" + ReportFixture.COUNTY);
    }

    @Test
    void anonymousGoesToLogin() throws Exception {
        mvc.perform(get("/reports")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/reports/population.csv").param("area", ReportFixture.COUNTY))
            .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/reports/population.xlsx").param("area", ReportFixture.COUNTY))
            .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void townshipReviewerSeesOwnTownshipByDefaultWithEveryReport() throws Exception {
        String html = mvc.perform(get("/reports").with(townshipA()))
            .andExpect(status().isOk())
            .andExpect(view().name("reports/index"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains("报表甲镇", "报表甲一村", "报表甲三村", "/_static/echarts/6.0.0/dist/echarts.min.js",
                "/js/reports.js", "data-chart=");
        assertThat(html).doesNotContain("报表乙一村", "报表乙镇");
        for (Report report : Report.values()) {
            assertThat(html).contains("id=\"report-" + report.slug() + "\"",
                    "/reports/" + report.slug() + ".csv?area=" + ReportFixture.TOWNSHIP_A);
        }
    }

    @Test
    void anotherTownshipOrTheCountyIsNotFoundForATownshipReviewer() throws Exception {
        for (String area : List.of(ReportFixture.TOWNSHIP_B, ReportFixture.VILLAGE_B1, ReportFixture.COUNTY,
                "622922100000", "999999999999", "nonsense")) {
            mvc.perform(get("/reports").param("area", area).with(townshipA())).andExpect(status().isNotFound());
            mvc.perform(get("/reports/population.csv").param("area", area).with(townshipA()))
                .andExpect(status().isNotFound());
            mvc.perform(get("/reports/causes.xlsx").param("area", area).with(townshipA()))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/reports/nonsense.csv").param("area", ReportFixture.TOWNSHIP_A).with(townshipA()))
            .andExpect(status().isNotFound());
    }

    @Test
    void countyDrillsDownToTownshipsVillagesAndHouseholdFiles() throws Exception {
        mvc.perform(get("/reports").param("area", ReportFixture.COUNTY).with(county()))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(
                    "/reports?area=" + ReportFixture.TOWNSHIP_B)));
        mvc.perform(get("/reports").param("area", ReportFixture.TOWNSHIP_B).with(county()))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(
                    "/reports?area=" + ReportFixture.VILLAGE_B1)));
        Long household = jdbc.queryForObject("select min(id) from household where village_code = ?", Long.class,
                ReportFixture.VILLAGE_B1);
        String village = mvc.perform(get("/reports").param("area", ReportFixture.VILLAGE_B1).with(county()))
            .andExpect(status().isOk())
            .andExpect(model().attributeExists("page"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(village).contains("/households/" + household + "\"", "/reports?area=" + ReportFixture.COUNTY);
    }

    @Test
    void csvExportEqualsTheTableWithAByteOrderMark() throws Exception {
        for (Report report : List.of(Report.POPULATION, Report.CAUSES, Report.MEASURES, Report.EXITS)) {
            byte[] body = mvc.perform(get("/reports/" + report.slug() + ".csv")
                .param("area", ReportFixture.TOWNSHIP_A)
                .with(townshipA()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString(report.slug() + "-" + ReportFixture.TOWNSHIP_A + ".csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
            assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            List<List<String>> csv = Arrays.stream(text.split("\r\n")).map(line -> List.of(line.split(",", -1))).toList();
            assertThat(csv).isEqualTo(expectedCells(report, ReportFixture.TOWNSHIP_A));
        }
    }

    @Test
    void xlsxExportEqualsTheTable() throws Exception {
        for (Report report : List.of(Report.POPULATION, Report.FUNDS, Report.FUNNEL, Report.MONITORING)) {
            byte[] body = mvc.perform(get("/reports/" + report.slug() + ".xlsx")
                .param("area", ReportFixture.COUNTY)
                .with(county()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
            List<List<String>> cells = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                Sheet sheet = workbook.getSheetAt(0);
                DataFormatter format = new DataFormatter(Locale.ROOT);
                for (Row row : sheet) {
                    List<String> line = new ArrayList<>();
                    row.forEach(cell -> line.add(format.formatCellValue(cell)));
                    cells.add(line);
                }
            }
            List<List<String>> expected = expectedCells(report, ReportFixture.COUNTY).stream()
                .map(line -> line.stream().map(ReportPagesTest::asSpreadsheetShowsIt).toList())
                .toList();
            assertThat(cells).isEqualTo(expected);
        }
    }

    @Test
    void overdueWorkCountsOpenTasksPastDueByAssigneeOrGroup() throws Exception {
        Instant now = today.now();
        Timestamp past = Timestamp.from(now.minus(Duration.ofDays(3)));
        Timestamp longPast = Timestamp.from(now.minus(Duration.ofDays(9)));
        Timestamp future = Timestamp.from(now.plus(Duration.ofDays(2)));
        String groupA1 = ",cadre-" + ReportFixture.VILLAGE_A1 + ",";
        Object[][] tasks = {{"rpt-t1", "rpt-cadre-1", ReportFixture.VILLAGE_A1, past},
            {"rpt-t2", "rpt-cadre-1", ReportFixture.VILLAGE_A2, longPast},
            {"rpt-t3", "rpt-cadre-1", ReportFixture.VILLAGE_A1, future},
            {"rpt-t4", null, ReportFixture.VILLAGE_A1, past}, {"rpt-t5", "rpt-cadre-2", ReportFixture.VILLAGE_A1, null},
            {"rpt-t6", "rpt-cadre-b", ReportFixture.VILLAGE_B1, longPast}};
        try {
            for (Object[] t : tasks) {
                jdbc.update("insert into inbox_task (task_id, task_key, name, village_code, assignee, candidate_groups,"
                        + " created_at, due_at, priority) values (?, 'Task_Test', 'test', ?, ?, ?, ?, ?, 50)", t[0],
                        t[2], t[1], groupA1, Timestamp.from(now.minus(Duration.ofDays(20))), t[3]);
            }
            ReportTable township = reports.table(Report.OVERDUE, areas.find(ReportFixture.TOWNSHIP_A).orElseThrow());
            assertThat(ExpectedFigures.actual(township)).containsExactly(
                    java.util.Map.entry("rpt-cadre-1", List.<Number>of(3L, 2L, 9L)),
                    java.util.Map.entry("group:cadre-" + ReportFixture.VILLAGE_A1, List.<Number>of(1L, 1L, 3L)),
                    java.util.Map.entry("rpt-cadre-2", List.<Number>of(1L, 0L, 0L)));
            ReportTable village = reports.table(Report.OVERDUE, areas.find(ReportFixture.VILLAGE_A2).orElseThrow());
            assertThat(ExpectedFigures.actual(village))
                .containsExactly(java.util.Map.entry("rpt-cadre-1", List.<Number>of(1L, 1L, 9L)));
            assertThat(mvc.perform(get("/reports").param("area", ReportFixture.TOWNSHIP_A).with(townshipA()))
                .andReturn().getResponse().getContentAsString())
                .contains("rpt-cadre-1", "待认领（cadre-" + ReportFixture.VILLAGE_A1 + "）")
                .doesNotContain("rpt-cadre-b");
        }
        finally {
            // the inbox read model must keep matching the engine for the tests that compare them
            jdbc.update("delete from inbox_task where task_id like 'rpt-t%'");
        }
    }

    @Test
    void echartsIsServedFromItsJar() throws Exception {
        mvc.perform(get("/_static/echarts/6.0.0/dist/echarts.min.js").with(townshipA()))
            .andExpect(status().isOk());
        mvc.perform(get("/js/reports.js")).andExpect(status().isOk());
    }

    private List<List<String>> expectedCells(Report report, String area) {
        ReportView view = views.of(reports.table(report, areas.find(area).orElseThrow()), Locale.SIMPLIFIED_CHINESE);
        return ReportExports.cells(view);
    }

    /** Whole numbers as the spreadsheet's general format prints them (money 1234.00 reads 1234). */
    private static String asSpreadsheetShowsIt(String cell) {
        return cell.matches("-?\\d+\\.\\d+") ? new java.math.BigDecimal(cell).stripTrailingZeros().toPlainString()
                : cell;
    }

}
