package org.jingzhun.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jingzhun.browser.Browser;
import org.jingzhun.browser.BrowserTest;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The household card as it reaches paper: no menu or buttons, each ledger on a page of its own, A4. */
@BrowserTest
class LedgerPrintTest {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    Long id;

    @BeforeEach
    void household() {
        testUsers.signInable(DemoUsers.ADMIN);
        id = ReportFixture.id(ReportFixture.ensure(jdbc).stream()
            .filter(h -> !h.measures().isEmpty() && h.visits() > 0 && h.incomeYears() > 0)
            .findFirst()
            .orElseThrow());
    }

    @Test
    void printedCardHidesTheMenuAndPutsEachLedgerOnItsOwnPage(Browser browser) {
        browser.open("/login").login(DemoUsers.ADMIN, TestUsers.PASSWORD).open("/households/" + id + "/ledger");
        assertThat(browser.find("header.top").isDisplayed()).isTrue();

        ((ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.screenshot("ledger-print-media");

        assertThat(browser.find("header.top").isDisplayed()).isFalse();
        assertThat(browser.find(".print-button").isDisplayed()).isFalse();
        List<WebElement> ledgers = browser.driver().findElements(By.cssSelector(".ledger-page"));
        assertThat(ledgers.stream().map(ledger -> ledger.getAttribute("id")))
            .containsExactly("ledger-card", "ledger-income", "ledger-measures", "ledger-responsibility");
        assertThat(ledgers.subList(1, ledgers.size()))
            .allSatisfy(ledger -> assertThat(ledger.getCssValue("break-before")).isEqualTo("page"));

        String pdf = ((PrintsPage) browser.driver()).print(new PrintOptions()).getContent();
        long pages = PAGE.matcher(new String(Base64.getDecoder().decode(pdf), StandardCharsets.ISO_8859_1))
            .results().count();
        assertThat(pages).isGreaterThanOrEqualTo(ledgers.size());
    }

}
