package org.jingzhun.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** Our login page: languages, success, failure, the engine's throttling, CSRF and logout. */
@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identityService;

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void demoUsers() {
        testUsers.signInable(DemoUsers.CADRE);
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void loginPageWhenChineseBrowserThenChineseWithCsrfToken() throws Exception {
        String page = page(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"));

        assertThat(page).contains("<html lang=\"zh-CN\"", "<title>登录</title>", "用户名", "密码")
            .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void loginPageWhenEnglishBrowserThenEnglish() throws Exception {
        String page = page(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"));

        assertThat(page).contains("<html lang=\"en\"", "<title>Sign in</title>", "User name", "Password")
            .doesNotContain("用户名");
    }

    @Test
    void loginWhenPasswordRightThenRedirectsHomeWithRolesAndGroups() throws Exception {
        mvc.perform(formLogin().user(DemoUsers.CADRE).password(TestUsers.PASSWORD))
            .andExpect(redirectedUrl("/"))
            .andExpect(authenticated().withUsername(DemoUsers.CADRE)
                .withAuthentication(authentication -> assertThat(authentication.getAuthorities())
                    .extracting(Object::toString)
                    .contains("ROLE_CADRE", "GROUP_cadre-" + DemoAreas.VILLAGE_A)));
    }

    @Test
    void loginWhenPasswordWrongThenBackToLoginWithMessage() throws Exception {
        String user = throwawayUser("wrongpw");
        mvc.perform(formLogin().user(user).password("not-" + TestUsers.PASSWORD))
            .andExpect(redirectedUrl("/login?error"))
            .andExpect(unauthenticated());

        assertThat(page(get("/login?error").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")))
            .contains("用户名或密码错误");
        assertThat(page(get("/login?error").header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
            .contains("Wrong user name or password");
    }

    @Test
    void loginWhenUserUnknownThenSameAnswerAsWrongPassword() throws Exception {
        String user = throwawayUser("known");

        AuthenticationException unknown = failedLogin("nobody-such", TestUsers.PASSWORD);
        AuthenticationException wrong = failedLogin(user, "not-" + TestUsers.PASSWORD);

        assertThat(unknown).hasSameClassAs(wrong).hasMessage(wrong.getMessage());
    }

    @Test
    void loginWhenUserHasNoPasswordThenSameAnswerAsWrongPassword() throws Exception {
        String userId = "nopassword-" + System.nanoTime();
        identityService.saveUser(identityService.newUser(userId));

        AuthenticationException none = failedLogin(userId, "");
        AuthenticationException wrong = failedLogin(throwawayUser("other"), "x");

        assertThat(none).hasSameClassAs(wrong).hasMessage(wrong.getMessage());
    }

    @Test
    void loginWhenRightPasswordComesDuringTheDelayAfterAFailureThenRefusedUntilTheDelayIsOver() throws Exception {
        String user = throwawayUser("delayed");
        Instant start = Instant.parse("2026-03-05T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        failedLogin(user, "not-" + TestUsers.PASSWORD);

        AuthenticationException throttled = failedLogin(user, TestUsers.PASSWORD);
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(4)));

        assertThat(throttled).hasMessage(failedLogin("nobody-such", "x").getMessage());
        mvc.perform(formLogin().user(user).password(TestUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void loginWhenTenFailuresInARowThenLockedUntilAnAdministratorUnlocks() throws Exception {
        String user = throwawayUser("locked");
        Instant now = Instant.parse("2026-03-05T02:00:00Z");
        AuthenticationException wrong = null;
        for (int attempt = 1; attempt <= 10; attempt++) {
            ClockUtil.setCurrentTime(Date.from(now));
            wrong = failedLogin(user, "guess-" + attempt);
            now = now.plusSeconds(61);
        }
        ClockUtil.setCurrentTime(Date.from(now.plusSeconds(24 * 3600)));

        AuthenticationException locked = failedLogin(user, TestUsers.PASSWORD);
        identityService.unlockUser(user);

        assertThat(locked).hasSameClassAs(wrong).hasMessage(wrong.getMessage());
        mvc.perform(formLogin().user(user).password(TestUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void loginWhenCsrfTokenMissingThenForbidden() throws Exception {
        mvc.perform(post("/login").param("username", DemoUsers.CADRE).param("password", TestUsers.PASSWORD))
            .andExpect(status().isForbidden())
            .andExpect(unauthenticated());
    }

    @Test
    void logoutFormInTheHeaderCarriesTheCsrfToken() throws Exception {
        String page = page(get("/login").with(user(DemoUsers.CADRE)));

        assertThat(page).containsPattern(
                "<form action=\"/logout\" method=\"post\" class=\"logout\"><input type=\"hidden\" name=\"_csrf\"");
    }

    @Test
    void logoutWhenCsrfTokenMissingThenForbiddenAndStillSignedIn() throws Exception {
        mvc.perform(post("/logout").with(user(DemoUsers.CADRE))).andExpect(status().isForbidden());
    }

    @Test
    void logoutThenSignedOutAndBackOnTheLoginPage() throws Exception {
        MvcResult login = mvc.perform(formLogin().user(DemoUsers.CADRE).password(TestUsers.PASSWORD))
            .andExpect(authenticated())
            .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(post("/logout").with(csrf()).session(session))
            .andExpect(redirectedUrl("/login?logout"))
            .andExpect(unauthenticated());

        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/").session(new MockHttpSession()))
            .andExpect(redirectedUrl("http://localhost/login"));
        assertThat(page(get("/login?logout").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")))
            .contains("您已退出登录");
    }

    private String throwawayUser(String id) {
        String userId = id + "-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword(TestUsers.PASSWORD);
        identityService.saveUser(user);
        return userId;
    }

    private AuthenticationException failedLogin(String user, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(user).password(password))
            .andExpect(redirectedUrl("/login?error"))
            .andExpect(unauthenticated())
            .andReturn();
        return (AuthenticationException) result.getRequest()
            .getSession()
            .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

}
