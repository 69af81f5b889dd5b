package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates and money in each language, with the patterns of the real message bundles. */
class FormatsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final Locale EN = Locale.ENGLISH;

    final Formats fmt = new Formats(bundles());

    @Test
    void moneyInChineseIsYuanAfterTheAmount() {
        assertThat(fmt.money(new BigDecimal("1234.5"), ZH)).isEqualTo("1,234.50 元");
        assertThat(fmt.money(new BigDecimal("-80"), ZH)).isEqualTo("-80.00 元");
    }

    @Test
    void moneyInEnglishHasTheYuanSign() {
        assertThat(fmt.money(new BigDecimal("1234.5"), EN)).isEqualTo("¥1,234.50");
        assertThat(fmt.money(1_000_000, EN)).isEqualTo("¥1,000,000.00");
    }

    @Test
    void moneyRoundsHalfUpToTheFen() {
        assertThat(fmt.money(new BigDecimal("0.005"), EN)).isEqualTo("¥0.01");
        assertThat(fmt.money(new BigDecimal("2.345"), ZH)).isEqualTo("2.35 元");
    }

    @Test
    void datesInEachLanguage() {
        LocalDate date = LocalDate.of(2026, 3, 5);

        assertThat(fmt.date(date, ZH)).isEqualTo("2026年3月5日");
        assertThat(fmt.date(date, EN)).isEqualTo("5 Mar 2026");
        assertThat(fmt.date(java.sql.Date.valueOf(date), EN)).isEqualTo("5 Mar 2026");
    }

    @Test
    void instantsAndEngineDatesAreShownInTheUsersTimeZone() {
        Instant lateUtc = Instant.parse("2026-03-04T17:30:00Z");

        assertThat(fmt.dateTime(lateUtc, ZH)).isEqualTo("2026年3月5日 01:30");
        assertThat(fmt.dateTime(Date.from(lateUtc), EN)).isEqualTo("5 Mar 2026 01:30");
        assertThat(fmt.date(lateUtc, EN)).isEqualTo("5 Mar 2026");
        assertThat(fmt.dateTime(LocalDateTime.of(2026, 3, 5, 9, 5), EN)).isEqualTo("5 Mar 2026 09:05");
    }

    @Test
    void timesReadFromTimeZoneColumnsAreShownInTheUsersTimeZone() {
        OffsetDateTime lateUtc = OffsetDateTime.parse("2026-03-04T17:30:00Z");

        assertThat(fmt.dateTime(lateUtc, ZH)).isEqualTo("2026年3月5日 01:30");
        assertThat(fmt.dateTime(lateUtc.atZoneSameInstant(ZoneOffset.UTC), EN)).isEqualTo("5 Mar 2026 01:30");
    }

    @Test
    void nothingToShowThenEmpty() {
        assertThat(fmt.date(null, ZH)).isEmpty();
        assertThat(fmt.dateTime(null, EN)).isEmpty();
        assertThat(fmt.money(null, ZH)).isEmpty();
    }

    @Test
    void withoutALocaleTheRequestsLanguageIsUsed() {
        LocaleContextHolder.setLocale(EN);
        try {
            assertThat(fmt.money(new BigDecimal("12"))).isEqualTo("¥12.00");
            assertThat(fmt.date(LocalDate.of(2026, 12, 31))).isEqualTo("31 Dec 2026");
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

}
