package org.jingzhun.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.jingzhun.assessment.AssessmentFixture.village;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableCell;
import org.htmlunit.html.HtmlTableRow;
import org.jingzhun.FixedClock;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The page by role and area, its ranking with ties, weights read from policy, and the CSV files against the tables.
 * Four townships of a county of their own: two tied at the top, one behind, one with nothing to count.
 */
@IntegrationTest
@ExtendWith(FixedClock.class)
class AssessmentPageTest {

    static final String WEIGHT = "assessment.weight.exits-vs-plan";

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    String county;

    String first;

    String second;

    String third;

    String empty;

    String helper;

    String laggard;

    @BeforeEach
    void fourTownships() {
        county = fixture.county();
        first = fixture.township(county, 1);
        second = fixture.township(county, 2);
        third = fixture.township(county, 3);
        empty = fixture.township(county, 4);
        helper = "asm-page-helper-" + county.substring(4, 6);
        laggard = "asm-page-laggard-" + county.substring(4, 6);
        LocalDate registered = LocalDate.of(2024, 6, 1);
        for (String township : List.of(first, third)) {
            Long exited = fixture.household(village(township), helper, 2025, registered);
            fixture.exit(exited, LocalDate.of(2025, 3, 1));
        }
        fixture.household(village(second), laggard, 2025, registered);
        FixedClock.set(FixedClock.TODAY);
    }

    RequestPostProcessor countyApprover() {
        return WebUsers.as("asm-county", "county-" + county);
    }

    RequestPostProcessor townshipReviewer() {
        return WebUsers.as("asm-township", "township-" + first);
    }

    static AssessmentView shown(MvcResult result) {
        return (AssessmentView) result.getModelAndView().getModel().get("view");
    }

    static List<String> codes(List<Ranked> rows) {
        return rows.stream().map(Ranked::code).toList();
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/assessment")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/assessment/townships.csv")).andExpect(status().is3xxRedirection());
    }

    @Test
    void cadreCommitteeAndDepartmentAreForbidden() throws Exception {
        String v = village(first);
        mvc.perform(get("/assessment").with(WebUsers.as("asm-cadre", "cadre-" + v))).andExpect(status().isForbidden());
        mvc.perform(get("/assessment/cadres.csv").with(WebUsers.as("asm-cadre", "cadre-" + v)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/assessment").with(WebUsers.as("asm-committee", "committee-" + v)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/assessment").with(WebUsers.as("asm-dept", "dept-education-" + county)))
            .andExpect(status().isForbidden());
    }

    @Test
    void townshipReviewerSeesOnlyTheirTownshipAndItsCadres() throws Exception {
        MvcResult result = mvc.perform(get("/assessment").param("year", "2025").with(townshipReviewer()))
            .andExpect(status().isOk())
            .andExpect(view().name(AssessmentController.VIEW))
            .andReturn();

        assertThat(codes(shown(result).townships())).containsExactly(first);
        assertThat(codes(shown(result).cadres())).containsExactly(helper);
        assertThat(shown(result).cadres().get(0).figures()).isEqualTo(new Figures(1, 1, 1, 1, 0, 0, 0, 1, 0));
    }

    @Test
    void townshipReviewerAskingForAnotherAreaIsForbidden() throws Exception {
        mvc.perform(get("/assessment").param("area", second).with(townshipReviewer()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/assessment").param("area", county).with(townshipReviewer()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/assessment/cadres.csv").param("area", second).with(townshipReviewer()))
            .andExpect(status().isForbidden());
    }

    @Test
    void unknownAreaOrVillageIsNotFound() throws Exception {
        mvc.perform(get("/assessment").param("area", county.substring(0, 6) + "999000").with(countyApprover()))
            .andExpect(status().isNotFound());
        mvc.perform(get("/assessment").param("area", village(first)).with(countyApprover()))
            .andExpect(status().isNotFound());
        mvc.perform(get("/assessment").param("area", "<script>").with(countyApprover()))
            .andExpect(status().isNotFound());
    }

    @Test
    void countyApproverSeesItsTownshipsRankedWithTiesSharingARank() throws Exception {
        MvcResult result = mvc.perform(get("/assessment").param("area", county).with(countyApprover()))
            .andExpect(status().isOk())
            .andReturn();

        List<Ranked> townships = shown(result).townships();
        assertThat(codes(townships)).containsExactly(first, third, second, empty);
        assertThat(townships).extracting(Ranked::rank).containsExactly(1, 1, 3, null);
        assertThat(townships).extracting(Ranked::score)
            .extracting(score -> score == null ? null : score.toPlainString())
            .containsExactly("100.0", "100.0", "25.0", null);
        assertThat(codes(shown(result).cadres())).containsExactly(helper, laggard);
    }

    @Test
    void countyApproverNarrowsToOneTownship() throws Exception {
        MvcResult result = mvc.perform(get("/assessment").param("area", second).with(countyApprover()))
            .andExpect(status().isOk())
            .andReturn();

        assertThat(codes(shown(result).townships())).containsExactly(second);
        assertThat(codes(shown(result).cadres())).containsExactly(laggard);
    }

    @Test
    void administratorSeesAnyArea() throws Exception {
        MvcResult result = mvc.perform(get("/assessment").param("area", county)
            .with(WebUsers.as("asm-admin", "camunda-admin"))).andExpect(status().isOk()).andReturn();

        assertThat(codes(shown(result).townships())).containsExactlyInAnyOrder(first, second, third, empty);
    }

    @Test
    void weightsFromPolicyChangeTheScore() throws Exception {
        String before = jdbc.queryForObject(
                "select param_value from policy_parameter where param_key = ? and param_year is null", String.class,
                WEIGHT);
        jdbc.update("update policy_parameter set param_value = '90' where param_key = ? and param_year is null",
                WEIGHT);
        try {
            MvcResult result = mvc.perform(get("/assessment").param("area", second).with(countyApprover()))
                .andReturn();

            // no exit of 1 planned (weight 90) and no findings among 1 household (weight −10): 10 of 100
            assertThat(shown(result).townships().get(0).score()).isEqualByComparingTo("10.0");
        }
        finally {
            jdbc.update("update policy_parameter set param_value = ? where param_key = ? and param_year is null",
                    before, WEIGHT);
        }
        MvcResult restored = mvc.perform(get("/assessment").param("area", second).with(countyApprover()))
            .andReturn();
        assertThat(shown(restored).townships().get(0).score()).isEqualByComparingTo("25.0");
    }

    @Test
    void csvEqualsTheTable() throws Exception {
        for (String unit : List.of("township", "cadre")) {
            String html = mvc.perform(get("/assessment").param("area", county).param("year", "2025")
                .with(countyApprover())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            byte[] csv = mvc.perform(get("/assessment/" + unit + "s.csv").param("area", county)
                .param("year", "2025")
                .with(countyApprover()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        containsString("assessment-" + unit + "s-2025-" + county + ".csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            List<String> lines = Arrays.asList(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)
                .split("\r\n"));
            assertThat(lines.get(0)).startsWith("名次,代码," + ("township".equals(unit) ? "乡镇" : "干部"));
            assertThat(lines.subList(1, lines.size())).isEqualTo(tableAsCsv(html, unit + "-ranking"));
        }
    }

    /** The page's table written the way the CSV writes it: numerator and denominator apart, "—" as empty. */
    static List<String> tableAsCsv(String html, String tableId) throws Exception {
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            HtmlPage page = client.loadHtmlCodeIntoCurrentWindow(html);
            HtmlTable table = page.getHtmlElementById(tableId);
            List<String> lines = new ArrayList<>();
            for (HtmlTableRow row : table.getBodies().get(0).getRows()) {
                List<String> cells = new ArrayList<>();
                List<HtmlTableCell> tds = row.getCells();
                cells.add(dash(tds.get(0).asNormalizedText()));
                cells.add(row.getAttribute("data-code"));
                cells.add(tds.get(1).getFirstElementChild().asNormalizedText());
                for (int i = 2; i < tds.size() - 1; i++) {
                    DomElement cell = tds.get(i);
                    cells.add(cell.querySelector(".numerator").asNormalizedText());
                    cells.add(cell.querySelector(".denominator").asNormalizedText());
                }
                cells.add(dash(tds.get(tds.size() - 1).asNormalizedText()));
                lines.add(String.join(",", cells));
            }
            return lines;
        }
    }

    static String dash(String text) {
        return "—".equals(text) ? "" : text;
    }

    @Test
    void refusedYearShowsThisYearAndSaysSo() throws Exception {
        MvcResult result = mvc.perform(get("/assessment").param("year", "abc").with(countyApprover()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("“abc”不是可考核的年份（2000至2030年），现显示2025年。")))
            .andReturn();

        assertThat(shown(result).year().value()).isEqualTo(2025);
        mvc.perform(get("/assessment/townships.csv").param("year", "1999").with(countyApprover()))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("1999")));
    }

    @Test
    void pageExplainsTheScoreWithTheWeightsInEnglish() throws Exception {
        mvc.perform(get("/assessment").param("area", county).with(countyApprover()).locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("How the score is computed")))
            .andExpect(content().string(containsString("weight -15")))
            .andExpect(content().string(containsString("Exits against plan")));
    }

}
