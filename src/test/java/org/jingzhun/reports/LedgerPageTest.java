package org.jingzhun.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The printable household card with the three ledgers: scoped and masked like the household file. */
@IntegrationTest
class LedgerPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    GeneratedHousehold household;

    Long id;

    @BeforeEach
    void fixture() {
        List<GeneratedHousehold> all = ReportFixture.ensure(jdbc);
        household = all.stream()
            .filter(h -> h.villageCode().equals(ReportFixture.VILLAGE_A1) && !h.measures().isEmpty()
                    && h.visits() > 0 && h.incomeYears() > 0)
            .findFirst()
            .orElseThrow();
        id = ReportFixture.id(household);
    }

    @Test
    void villageCadreSeesTheThreeLedgersWithFullIds() throws Exception {
        String html = mvc.perform(get("/households/{id}/ledger", id)
            .with(WebUsers.as("rpt-cadre", "cadre-" + ReportFixture.VILLAGE_A1)))
            .andExpect(status().isOk())
            .andExpect(view().name("households/ledger"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains("id=\"ledger-card\"", "id=\"ledger-income\"", "id=\"ledger-measures\"",
                "id=\"ledger-responsibility\"", "户主" + household.number(), "13900000000", "data-print",
                "/css/print.css", "/js/print.js", "62292219800101000");
        assertThat(html).contains("测试措施", "情况稳定");
        assertThat(count(html, "class=\"card ledger-page\"")).isEqualTo(4);
    }

    @Test
    void townshipReviewerSeesMaskedIds() throws Exception {
        String html = mvc.perform(get("/households/{id}/ledger", id)
            .with(WebUsers.as("rpt-township-a", "township-" + ReportFixture.TOWNSHIP_A)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains("**************0001").doesNotContain("62292219800101000");
    }

    @Test
    void anotherAreaIsNotFoundAndAnonymousGoesToLogin() throws Exception {
        mvc.perform(get("/households/{id}/ledger", id)
            .with(WebUsers.as("rpt-township-b", "township-" + ReportFixture.TOWNSHIP_B)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}/ledger", id)
            .with(WebUsers.as("rpt-cadre-a2", "cadre-" + ReportFixture.VILLAGE_A2)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}/ledger", Long.MAX_VALUE)
            .with(WebUsers.as("rpt-county", "county-" + ReportFixture.COUNTY)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}/ledger", id)).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void householdFileLinksToTheLedger() throws Exception {
        String html = mvc.perform(get("/households/{id}", id)
            .with(WebUsers.as("rpt-county", "county-" + ReportFixture.COUNTY)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains("/households/" + id + "/ledger");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

}
