package org.jingzhun.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jingzhun.browser.Browser;
import org.jingzhun.browser.BrowserTest;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** ECharts really draws every report's chart from the page's JSON, on a desktop and on a phone. */
@BrowserTest
class ReportsInTheBrowserTest {

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void countyUser() {
        testUsers.signInable(DemoUsers.COUNTY);
    }

    @Test
    void countyReviewerSeesEveryChartDrawnBesideItsTable(Browser browser) {
        browser.open("/login").login(DemoUsers.COUNTY, TestUsers.PASSWORD).open("/reports");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
            .until(driver -> driver.findElements(By.cssSelector(".chart svg")).size() >= 6);
        browser.screenshot("reports-desktop");
        // a report without rows says so instead of an empty table
        assertThat(browser.findAll(".report table").size() + browser.findAll(".report .figures .notice").size())
            .isEqualTo(Report.values().length);
        assertThat(browser.text("#report-causes caption")).isEqualTo("致贫原因图");
        browser.phone().open("/reports");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
            .until(driver -> driver.findElements(By.cssSelector(".chart svg")).size() >= 6);
        browser.screenshot("reports-phone");
    }

}
