package org.jingzhun.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.hamcrest.Matchers;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Fixing the data through the product, not SQL: the village cadre corrects the household file on its correction page
 * and the finding closes with its correction task at once; bad input changes nothing; nobody else may correct.
 */
@IntegrationTest
class HouseholdCorrectionPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    QualityFixture fixture;

    @Autowired
    QualityRuns runs;

    @Autowired
    QualityService service;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void correctingTheSizeOnThePageClosesTheFindingAndEndsItsTask() throws Exception {
        String village = fixture.village();
        long broken = fixture.household(village);
        fixture.jdbc.update("update household set declared_size = 5 where id = ?", broken);
        runs.start(village, village, QualityRun.MANUAL, "test");
        Finding finding = openFinding(broken, MemberCountRule.CODE);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
            .processInstanceId(finding.processInstanceId())
            .singleResult();

        mvc.perform(get("/households/{id}/correct", broken).with(cadreOf(village)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(fixture.idNumber(fixture.members(broken).get(0)))));
        mvc.perform(form(broken, "3", Map.of()).with(cadreOf(village)))
            .andExpect(redirectedUrl("/households/" + broken));

        assertThat(service.get(finding.id()).status()).isEqualTo(Finding.CLOSED);
        assertThat(instance).isEnded().hasPassed("EndEvent_ClosedByRecheck");
        assertThat(fixture.jdbc.queryForObject("select declared_size from household where id = ?", Integer.class,
                broken)).isEqualTo(3);
        assertThat(fixture.jdbc.queryForObject("select corrected_by from household_correction where household_id = ?",
                String.class, broken)).isEqualTo(QualityFixture.CADRE);
        mvc.perform(get("/households/{id}/correct", broken).with(cadreOf(village)))
            .andExpect(content().string(Matchers.containsString("家庭人口数 5 → 3")));
        mvc.perform(get("/households/{id}/correct", broken).with(cadreOf(village)).header("Accept-Language", "en"))
            .andExpect(content().string(Matchers.containsString("Household size 5 → 3")));
    }

    @Test
    void aRefusedCorrectionLeavesNoRecordAndAnUnchangedOneNoEmptyRecord() throws Exception {
        String village = fixture.village();
        long household = fixture.household(village);
        fixture.income(household, 2024, "9000", "600");

        mvc.perform(withIncome(form(household, "2", Map.of()), "-1", "600").with(cadreOf(village)))
            .andExpect(status().isOk());
        mvc.perform(form(household, "3", Map.of()).with(cadreOf(village)))
            .andExpect(redirectedUrl("/households/" + household));

        assertThat(fixture.jdbc.queryForObject("select count(*) from household_correction where household_id = ?",
                Integer.class, household)).isZero();
    }

    @Test
    void correctingAWrongIdNumberClosesTheInvalidIdFinding() throws Exception {
        String village = fixture.village();
        long broken = fixture.household(village);
        long member = fixture.members(broken).get(1);
        String right = fixture.idNumber(member);
        fixture.jdbc.update("update member set id_number = ? where id = ?",
                QualityFixture.wrongCheckCharacter(right), member);
        runs.start(village, village, QualityRun.MANUAL, "test");
        Finding finding = openFinding(broken, InvalidResidentIdRule.CODE);

        mvc.perform(form(broken, "3", Map.of(member, right)).with(cadreOf(village)))
            .andExpect(redirectedUrl("/households/" + broken));

        assertThat(service.get(finding.id()).status()).isEqualTo(Finding.CLOSED);
        assertThat(fixture.idNumber(member)).isEqualTo(right);
    }

    @Test
    void savingTheIncomeAgainRecomputesItsPerCapitaAndClosesTheIncomeFinding() throws Exception {
        String village = fixture.village();
        long broken = fixture.household(village);
        fixture.income(broken, 2024, "9000", "600");
        fixture.jdbc.update("update income_record set per_capita_net = per_capita_net + 100 where household_id = ?",
                broken);
        runs.start(village, village, QualityRun.MANUAL, "test");
        Finding finding = openFinding(broken, IncomeSumRule.CODE);

        mvc.perform(get("/households/{id}/correct", broken).with(cadreOf(village)))
            .andExpect(content().string(Matchers.containsString("name=\"income.wage\"")))
            .andExpect(content().string(Matchers.containsString("2024年收入")));
        mvc.perform(get("/households/{id}", broken).with(cadreOf(village)))
            .andExpect(content().string(Matchers.containsString("/households/" + broken + "/correct")));
        mvc.perform(withIncome(form(broken, "3", Map.of()), "9000", "600").with(cadreOf(village)))
            .andExpect(redirectedUrl("/households/" + broken));

        assertThat(service.get(finding.id()).status()).isEqualTo(Finding.CLOSED);
        assertThat(fixture.jdbc.queryForObject("select per_capita_net from income_record where household_id = ?",
                java.math.BigDecimal.class, broken)).isEqualByComparingTo("3200");
    }

    @Test
    void negativeIncomeIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
        String village = fixture.village();
        long household = fixture.household(village);
        fixture.income(household, 2024, "9000", "600");

        mvc.perform(withIncome(form(household, "2", Map.of()), "-1", "600").with(cadreOf(village)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("income.wage-error")));

        assertThat(fixture.jdbc.queryForObject("select wage from income_record where household_id = ?",
                java.math.BigDecimal.class, household)).isEqualByComparingTo("9000");
        assertThat(fixture.jdbc.queryForObject("select declared_size from household where id = ?", Integer.class,
                household)).isEqualTo(3);
    }

    private static MockHttpServletRequestBuilder withIncome(MockHttpServletRequestBuilder request, String wage,
            String transfer) {
        return request.param("income.year", "2024").param("income.wage", wage).param("income.business", "0")
            .param("income.property", "0").param("income.transfer", transfer).param("income.businessExpenses", "0");
    }

    @Test
    void correctingOneOfTwoHouseholdsListingAPersonClosesBothFindings() throws Exception {
        String village = fixture.village();
        String otherVillage = fixture.village(QualityFixture.OTHER_TOWNSHIP);
        long first = fixture.household(village);
        long second = fixture.household(otherVillage);
        long member = fixture.members(second).get(2);
        String own = fixture.idNumber(member);
        fixture.jdbc.update("update member set id_number = ? where id = ?",
                fixture.idNumber(fixture.members(first).get(2)), member);
        runs.start(village, village, QualityRun.MANUAL, "test");
        runs.start(otherVillage, otherVillage, QualityRun.MANUAL, "test");
        Finding firstFinding = openFinding(first, DuplicatePersonRule.CODE);
        Finding secondFinding = openFinding(second, DuplicatePersonRule.CODE);

        mvc.perform(form(second, "3", Map.of(member, own)).with(cadreOf(otherVillage)))
            .andExpect(redirectedUrl("/households/" + second));

        assertThat(service.get(secondFinding.id()).status()).isEqualTo(Finding.CLOSED);
        assertThat(service.get(firstFinding.id()).status()).isEqualTo(Finding.CLOSED);
    }

    @Test
    void invalidOrForeignIdNumberIsRefusedAndNothingChanges() throws Exception {
        String village = fixture.village();
        long household = fixture.household(village);
        long other = fixture.household(village);
        long member = fixture.members(household).get(1);
        String before = fixture.idNumber(member);

        mvc.perform(form(household, "2", Map.of(member, QualityFixture.wrongCheckCharacter(before)))
            .with(cadreOf(village)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Nothing was saved")));
        mvc.perform(form(household, "3", Map.of(member, fixture.idNumber(fixture.members(other).get(0))))
            .with(cadreOf(village)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("already registered in household")));

        assertThat(fixture.idNumber(member)).isEqualTo(before);
        assertThat(fixture.jdbc.queryForObject("select declared_size from household where id = ?", Integer.class,
                household)).isEqualTo(3);
    }

    @Test
    void onlyTheVillagesCadresMayCorrect() throws Exception {
        String village = fixture.village();
        String otherVillage = fixture.village();
        long household = fixture.household(village);

        mvc.perform(get("/households/{id}/correct", household)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/households/{id}/correct", household)
            .with(WebUsers.as("township-quality", "township-" + QualityFixture.TOWNSHIP)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/households/{id}/correct", household).with(WebUsers.as("committee-q", "committee-" + village)))
            .andExpect(status().isForbidden());
        mvc.perform(form(household, "1", Map.of()).with(cadreOf(otherVillage)))
            .andExpect(status().isNotFound());
        assertThat(fixture.jdbc.queryForObject("select declared_size from household where id = ?", Integer.class,
                household)).isEqualTo(3);
    }

    /** The page's form as posted: every member with its stored values, ID numbers replaced as given. */
    private MockHttpServletRequestBuilder form(long household, String declaredSize, Map<Long, String> ids) {
        MockHttpServletRequestBuilder request = post("/households/{id}/correct", household).with(csrf())
            .param("declaredSize", declaredSize);
        List<Map<String, Object>> members = fixture.jdbc.queryForList("select id, id_number, health, labour_ability,"
                + " subsistence_allowance from member where household_id = ? order by id", household);
        for (int i = 0; i < members.size(); i++) {
            Map<String, Object> m = members.get(i);
            long id = ((Number) m.get("id")).longValue();
            String prefix = "members[" + i + "].";
            request.param(prefix + "memberId", Long.toString(id))
                .param(prefix + "idNumber", ids.getOrDefault(id, m.get("id_number").toString()))
                .param(prefix + "health", m.get("health").toString())
                .param(prefix + "labourAbility", m.get("labour_ability").toString());
            if (Boolean.TRUE.equals(m.get("subsistence_allowance"))) {
                request.param(prefix + "subsistenceAllowance", "true");
            }
        }
        return request;
    }

    private Finding openFinding(long household, String rule) {
        return service.get(fixture.jdbc.queryForObject("select id from quality_finding where household_id = ?"
                + " and rule_code = ? and status = 'OPEN'", Long.class, household, rule));
    }

    private static RequestPostProcessor cadreOf(String village) {
        return WebUsers.as(QualityFixture.CADRE, "cadre-" + village);
    }
}
