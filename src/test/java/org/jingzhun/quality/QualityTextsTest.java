package org.jingzhun.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Findings read in the reader's language: no stored code ("income", "housing") reaches the page. */
@IntegrationTest
class QualityTextsTest {

    @Autowired
    QualityTexts texts;

    @Test
    void failingExitIndicatorsAreNamedInChineseAndEnglish() {
        Finding finding = finding(ExitBelowStandardRule.CODE, "2000.00|4000|2024|income,housing");

        assertThat(texts.details(finding, Locale.SIMPLIFIED_CHINESE)).contains("收入、住房安全有保障")
            .doesNotContain("income").doesNotContain("housing");
        assertThat(texts.details(finding, Locale.ENGLISH)).endsWith("failing: Income, Safe housing.")
            .contains("2000.00");
    }

    @Test
    void otherRulesKeepTheirDetailsAsStored() {
        assertThat(texts.details(finding(EarlyExitRule.CODE, "2024-10-15|2024-12-14|2"), Locale.ENGLISH))
            .isEqualTo("Identified 2024-10-15, exited 2024-12-14: less than 2 months.");
    }

    private static Finding finding(String rule, String details) {
        return new Finding(1, 1, "X-1", "张三", "622922100201", rule, details, "cadre", Finding.OPEN, Instant.now(),
                null, null, null);
    }
}
