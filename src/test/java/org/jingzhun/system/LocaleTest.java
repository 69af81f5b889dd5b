package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The language comes from the browser's Accept-Language; ?lang= switches it and a cookie remembers the choice. */
@IntegrationTest
class LocaleTest {

    static final String COOKIE = "jingzhun-lang";

    @Autowired
    MockMvc mvc;

    @Test
    void englishBrowserThenEnglish() throws Exception {
        assertThat(body(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8")))
            .contains("lang=\"en\"", "Sign in");
    }

    @Test
    void chineseBrowserThenChinese() throws Exception {
        assertThat(body(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.5")))
            .contains("lang=\"zh-CN\"", "登录");
    }

    @Test
    void browserPreferringALanguageWeLackThenItsNextChoice() throws Exception {
        assertThat(body(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5")))
            .contains("lang=\"en\"");
    }

    @Test
    void browserWithoutALanguageWeHaveOrWithNoneThenChinese() throws Exception {
        assertThat(body(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr"))).contains("lang=\"zh-CN\"");
        assertThat(body(get("/login"))).contains("lang=\"zh-CN\"", "登录");
    }

    @Test
    void langParameterSwitchesToEnglishAndTheCookieKeepsIt() throws Exception {
        MockHttpServletResponse switched = response(
                get("/login").param("lang", "en").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"));
        Cookie cookie = switched.getCookie(COOKIE);

        assertThat(switched.getContentAsString()).contains("lang=\"en\"", "Sign in");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);
        assertThat(body(get("/login").cookie(cookie).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")))
            .contains("lang=\"en\"", "Sign in");
    }

    @Test
    void langParameterSwitchesBackToChinese() throws Exception {
        Cookie english = response(get("/login").param("lang", "en")).getCookie(COOKIE);

        MockHttpServletResponse back = response(get("/login").param("lang", "zh-CN")
            .cookie(english)
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(back.getContentAsString()).contains("lang=\"zh-CN\"", "登录");
        assertThat(body(get("/login").cookie(back.getCookie(COOKIE)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
            .contains("lang=\"zh-CN\"");
    }

    @Test
    void invalidLangParameterIsIgnored() throws Exception {
        assertThat(body(get("/login").param("lang", "x_!").header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
            .contains("lang=\"en\"");
    }

    @Test
    void langParameterForALanguageWeLackIsNotRemembered() throws Exception {
        MockHttpServletResponse response = response(
                get("/login").param("lang", "fr").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"));

        assertThat(response.getCookie(COOKIE)).isNull();
        assertThat(response.getContentAsString()).contains("lang=\"zh-CN\"", "登录");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return response(request).getContentAsString();
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

}
