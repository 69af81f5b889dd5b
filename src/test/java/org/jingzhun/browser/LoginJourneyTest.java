package org.jingzhun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A cadre signs in from a Chinese browser, reads the workspace in English and back, and signs out. */
@BrowserTest
class LoginJourneyTest {

    static final String HAN = "\\p{IsHan}";

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void demoUsers() {
        testUsers.signInable(DemoUsers.CADRE);
    }

    @Test
    void cadreSignsInSwitchesToEnglishAndBackAndSignsOut(Browser browser) {
        browser.open("/");
        browser.screenshot("login");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.language()).isEqualTo("zh-CN");
        assertThat(browser.title()).isEqualTo("登录");

        browser.login(DemoUsers.CADRE, TestUsers.PASSWORD);
        browser.screenshot("signed-in");
        assertThat(browser.path()).isEqualTo("/inbox");
        assertThat(browser.title()).containsPattern(HAN);
        assertThat(browser.text("header .session .user")).isEqualTo(DemoUsers.CADRE);
        assertThat(browser.text("nav.menu a[href='/inbox']")).isEqualTo("待办");

        browser.clickAndWait("header a[lang=en]");
        browser.screenshot("english");
        assertThat(browser.path()).isEqualTo("/inbox");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.title()).isNotBlank().doesNotContainPattern(HAN);
        assertThat(browser.text("nav.menu a[href='/inbox']")).isEqualTo("Inbox");
        assertThat(browser.text("header form.logout button")).isEqualTo("Sign out");
        assertThat(browser.text("header .session .user")).isEqualTo(DemoUsers.CADRE);

        browser.clickAndWait("header a[lang=zh-CN]");
        browser.screenshot("chinese-again");
        assertThat(browser.language()).isEqualTo("zh-CN");
        assertThat(browser.text("nav.menu a[href='/inbox']")).isEqualTo("待办");

        browser.logout();
        browser.screenshot("signed-out");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text("main .notice")).isEqualTo("您已退出登录。");
        assertThat(browser.findAll("header .session .user")).isEmpty();

        browser.open("/inbox");
        assertThat(browser.path()).isEqualTo("/login");
    }

}
