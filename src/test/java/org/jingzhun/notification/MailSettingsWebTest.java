package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jingzhun.notification.MailFixture.CADRE;
import static org.jingzhun.notification.MailFixture.SUPERVISOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** /settings/mail: the signed-in user's own address (read only), language and digest, with CSRF. */
@IntegrationTest
class MailSettingsWebTest {

    static final String NO_ADDRESS = "mail-noaddress";

    @Autowired
    MockMvc mvc;

    @Autowired
    MailFixture fixture;

    @Autowired
    UserMailSettingsRepository settings;

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void prepare() {
        fixture.prepare(Instant.parse("2025-08-11T02:00:00Z"));
        settings.deleteById(SUPERVISOR);
        if (identityService.createUserQuery().userId(NO_ADDRESS).count() == 0) {
            User user = identityService.newUser(NO_ADDRESS);
            user.setFirstName(NO_ADDRESS);
            identityService.saveUser(user);
        }
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    @Test
    void settingsWhenAnonymousThenRedirectsToLogin() throws Exception {
        mvc.perform(get("/settings/mail")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void settingsWhenCadreThenShowsTheAddressAndLanguageButNoDigest() throws Exception {
        mvc.perform(get("/settings/mail").with(cadre()))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("cadre102201@jingzhun.example"),
                    containsString("<option value=\"zh-CN\" lang=\"zh-CN\" selected=\"selected\">中文</option>"),
                    containsString("英文（English）"), not(containsString("name=\"digest\"")),
                    containsString("href=\"/settings/mail\""))));
    }

    @Test
    void settingsWhenSupervisorWithoutChoiceThenTheDigestIsOn() throws Exception {
        mvc.perform(get("/settings/mail").with(supervisor()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Daily digest"),
                    containsString("id=\"digest1\" name=\"digest\" value=\"true\" checked=\"checked\""))));
    }

    @Test
    void supervisorSavesEnglishWithoutDigestThenTheyAreKeptAndTheMailsFollow() throws Exception {
        mvc.perform(post("/settings/mail").with(supervisor()).with(csrf()).param("language", "en")
            .param("_digest", "on"))
            .andExpect(redirectedUrl("/settings/mail"))
            .andExpect(flash().attribute("message", "邮件设置已保存。"));

        UserMailSettings saved = settings.findById(SUPERVISOR).orElseThrow();
        assertThat(saved.getLanguage()).isEqualTo(MailLanguage.EN);
        assertThat(saved.isDigest()).isFalse();
        mvc.perform(get("/settings/mail").with(supervisor()))
            .andExpect(content().string(allOf(containsString("<option value=\"en\" lang=\"en\" selected=\"selected\">"),
                    not(containsString("checked=\"checked\"")))));
    }

    @Test
    void unknownLanguageThenTheFieldSaysWhyAndNothingChanges() throws Exception {
        mvc.perform(post("/settings/mail").with(supervisor()).with(csrf()).param("language", "fr")
            .param("digest", "false"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择中文或英文。")));

        assertThat(settings.findById(SUPERVISOR)).isEmpty();
    }

    @Test
    void postWithoutCsrfTokenThenForbiddenAndNothingChanges() throws Exception {
        mvc.perform(post("/settings/mail").with(supervisor()).param("language", "en"))
            .andExpect(status().isForbidden());

        assertThat(settings.findById(SUPERVISOR)).isEmpty();
    }

    @Test
    void userWithoutAnAddressIsToldTheyGetNoMail() throws Exception {
        mvc.perform(get("/settings/mail").with(WebUsers.as(NO_ADDRESS, MailFixture.CADRES)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("尚未登记邮箱，因此收不到邮件。")));
    }

    private static RequestPostProcessor cadre() {
        return WebUsers.as(CADRE, MailFixture.CADRES);
    }

    private static RequestPostProcessor supervisor() {
        return WebUsers.as(SUPERVISOR, MailFixture.SUPERVISORS);
    }

}
