package org.jingzhun.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Period;

import org.jingzhun.policy.PolicyAdministration;
import org.jingzhun.policy.PolicyParameter;
import org.jingzhun.policy.PolicyParameterRepository;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.policy.TestPolicyKeys;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PolicyWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyAdministration administration;

    @Autowired
    PolicyService policy;

    @Autowired
    PolicyParameterRepository parameters;

    static RequestPostProcessor admin() {
        return WebUsers.as("policy-admin", AreaGroups.ADMINS);
    }

    @Test
    void overviewShowsEveryGroupAndTheRecentChanges() throws Exception {
        String step = TestPolicyKeys.step(parameters);
        administration.change("due." + step, null, "P12D", "overview reason", "policy-admin");

        mvc.perform(get("/admin/policy").with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(view().name("policy/index"))
            .andExpect(model().attributeExists("policy", "recent"))
            .andExpect(content().string(containsString("Poverty line")))
            .andExpect(content().string(containsString("2855")))
            .andExpect(content().string(containsString("Notice days: exit")))
            .andExpect(content().string(containsString("Household survey")))
            .andExpect(content().string(containsString("href=\"/admin/policy/due.survey\"")))
            .andExpect(content().string(containsString("overview reason")));
    }

    @Test
    void overviewSpeaksChineseByDefault() throws Exception {
        mvc.perform(get("/admin/policy").with(admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("贫困线")))
            .andExpect(content().string(containsString("入户调查")));
    }

    @Test
    void parameterPageShowsEveryYearOfALineAndItsHistory() throws Exception {
        String key = TestPolicyKeys.line(parameters);
        administration.addYear(key, 2024, "7800", "区监测线", "policy-admin");

        mvc.perform(get("/admin/policy/" + key).with(admin()))
            .andExpect(status().isOk())
            .andExpect(view().name("policy/parameter"))
            .andExpect(content().string(containsString("2855")))
            .andExpect(content().string(containsString("7800")))
            .andExpect(content().string(containsString("区监测线")));
    }

    @Test
    void changeWithReasonRedirectsAndApplies() throws Exception {
        String step = TestPolicyKeys.step(parameters);

        mvc.perform(post("/admin/policy/due." + step).with(admin()).with(csrf())
            .param("value", "P3M").param("reason", "季度办理"))
            .andExpect(redirectedUrl("/admin/policy/due." + step))
            .andExpect(flash().attributeExists("message"));

        assertThat(policy.due(step)).isEqualTo(Period.ofMonths(3));
        assertThat(administration.history("due." + step)).singleElement()
            .satisfies(c -> assertThat(c.getChangedBy()).isEqualTo("policy-admin"));
    }

    @Test
    void changeWithoutReasonOrWithABadPeriodShowsBothErrorsAndChangesNothing() throws Exception {
        String step = TestPolicyKeys.step(parameters);

        mvc.perform(post("/admin/policy/due." + step).with(admin()).with(csrf()).header("Accept-Language", "en")
            .param("value", "10 days").param("reason", ""))
            .andExpect(status().isOk())
            .andExpect(view().name("policy/parameter"))
            .andExpect(model().attributeHasFieldErrorCode("changeForm", "value", "validation.policy.period"))
            .andExpect(model().attributeHasFieldErrorCode("changeForm", "reason", "validation.policy.reason"))
            .andExpect(content().string(containsString("such as P7D or P3M")))
            .andExpect(content().string(containsString("Give the reason for the change.")));

        mvc.perform(post("/admin/policy/due." + step).with(admin()).with(csrf())
            .param("value", "P0D").param("reason", "零"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请填写大于零的 ISO 8601 期间")));

        assertThat(policy.due(step)).isEqualTo(Period.ofDays(10));
        assertThat(administration.history("due." + step)).isEmpty();
    }

    @Test
    void addAYearAndRefuseABadOne() throws Exception {
        String key = TestPolicyKeys.line(parameters);

        mvc.perform(post("/admin/policy/" + key + "/years").with(admin()).with(csrf())
            .param("year", "20x4").param("value", "-5").param("reason", "r"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("yearForm", "year", "validation.policy.year.range"))
            .andExpect(model().attributeHasFieldErrorCode("yearForm", "value", "validation.policy.money"));
        assertThat(administration.entry(key).values()).hasSize(2);

        mvc.perform(post("/admin/policy/" + key + "/years").with(admin()).with(csrf())
            .param("year", "2025").param("value", "6500").param("reason", "新标准"))
            .andExpect(redirectedUrl("/admin/policy/" + key));
        assertThat(administration.entry(key).values()).extracting(PolicyParameter::getYear)
            .containsExactly(2015, 2020, 2025);
    }

    @Test
    void unknownParameterIsNotFound() throws Exception {
        mvc.perform(get("/admin/policy/no-such-parameter").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void policyWhenNotAdministratorThenForbiddenAndAnonymousToLogin() throws Exception {
        String step = TestPolicyKeys.step(parameters);
        for (RequestPostProcessor user : new RequestPostProcessor[] { WebUsers.cadre(), WebUsers.county(),
                WebUsers.township() }) {
            mvc.perform(get("/admin/policy").with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/policy/due." + step).with(user).with(csrf())
                .param("value", "P1D").param("reason", "r")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/policy")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        assertThat(policy.due(step)).isEqualTo(Period.ofDays(10));
    }

}
