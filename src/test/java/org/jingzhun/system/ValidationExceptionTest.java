package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ValidationExceptionTest {

    private final ValidationException exception = new ValidationException(List.of(
            new Violation("declaredSize", "validation.declaredSize.mismatch", 7, 5),
            new Violation("year", "validation.income.year", 2009, 2010, 2026)));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void messageRendersEveryViolationInTheRequestLocale() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(exception.getMessage()).isEqualTo(
                "declaredSize: Household size is declared as 7 but 5 members are listed.; "
                        + "year: Income year 2009 must be between 2010 and 2026.");
    }

    @Test
    void messageIsChineseForAChineseRequestWithoutGroupingSeparatorsInYears() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(exception.getMessage())
                .startsWith("declaredSize: 申报家庭人口为7人，但成员列表中有5人。")
                .contains("收入年度2009应在2010至2026年之间");
    }

    @Test
    void englishIsUsedEvenWhenTheJvmDefaultIsChinese() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(exception.render(Locale.ENGLISH)).contains("Household size is declared as 7");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void decimalsAreShownPlain() {
        ValidationException negative = new ValidationException(
                new Violation("wage", "validation.income.negative", new BigDecimal("-1.50")));

        assertThat(negative.render(Locale.ENGLISH)).isEqualTo("wage: Income figures must not be negative (-1.50).");
    }

    @Test
    void unknownCodeFallsBackToTheCode() {
        ValidationException unknown = new ValidationException(new Violation("x", "validation.no.such.code"));

        assertThat(unknown.render(Locale.ENGLISH)).isEqualTo("x: validation.no.such.code");
    }

    @Test
    void emptyListIsRefusedBecauseItWouldReportNothing() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void violationsWithEqualArgumentsAreEqual() {
        assertThat(new Violation("f", "c", 1, "a")).isEqualTo(new Violation("f", "c", 1, "a"))
                .isNotEqualTo(new Violation("f", "c", 2, "a"));
    }
}
