package org.jingzhun.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.assessment.AssessmentFixture.day;
import static org.jingzhun.assessment.AssessmentFixture.village;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jingzhun.FixedClock;
import org.jingzhun.security.UserScope;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each indicator equals a count made by hand on a fixed data set: two townships of a county of their own, households
 * through their real status changes, completed tasks and findings around the year's edges (Beijing time).
 */
@IntegrationTest
@ExtendWith(FixedClock.class)
class AssessmentFiguresTest {

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    AssessmentService assessment;

    String county;

    String first;

    String second;

    String helper;

    String reviewer;

    String otherHelper;

    @BeforeEach
    void twoTownships() {
        county = fixture.county();
        first = fixture.township(county, 1);
        second = fixture.township(county, 2);
        helper = "asm-helper-" + county.substring(4, 6);
        reviewer = "asm-reviewer-" + county.substring(4, 6);
        otherHelper = "asm-other-" + county.substring(4, 6);
        String v1 = village(first);
        LocalDate registered = LocalDate.of(2024, 6, 1);

        Long plannedAndExited = fixture.household(v1, helper, 2025, registered);
        fixture.exit(plannedAndExited, LocalDate.of(2025, 3, 1));
        Long plannedNotExited = fixture.household(v1, helper, 2025, registered);
        // exited 2024, back in poverty half an hour into 2025 in Beijing (still 2024 in UTC)
        Long returnedOnNewYear = fixture.household(v1, helper, 2024, LocalDate.of(2023, 6, 1));
        fixture.exit(returnedOnNewYear, LocalDate.of(2024, 5, 1));
        fixture.returnToPoverty(returnedOnNewYear, beijing(2025, 1, 1, 0, 30));
        Long exitedEarly = fixture.household(v1, helper, 2026, registered);
        fixture.exit(exitedEarly, LocalDate.of(2025, 4, 1));
        fixture.applied(v1, LocalDate.of(2025, 2, 1));
        // exited 2023, back in poverty on the last evening of 2024
        Long returnedLastYear = fixture.household(v1, helper, 2023, LocalDate.of(2022, 6, 1));
        fixture.exit(returnedLastYear, LocalDate.of(2023, 5, 1));
        fixture.returnToPoverty(returnedLastYear, beijing(2024, 12, 31, 23, 30));

        var due = beijing(2025, 3, 10, 10, 0);
        fixture.task(v1, helper, due, beijing(2025, 3, 9, 10, 0));
        fixture.task(v1, helper, due, due);
        fixture.task(v1, helper, due, beijing(2025, 3, 11, 10, 0));
        fixture.task(v1, helper, null, beijing(2025, 3, 11, 10, 0));
        fixture.task(v1, helper, beijing(2024, 12, 1, 10, 0), beijing(2024, 12, 31, 23, 0));
        fixture.task(v1, helper, beijing(2024, 12, 31, 10, 0), beijing(2025, 1, 1, 0, 10));
        fixture.task(v1, reviewer, due, beijing(2025, 3, 1, 10, 0));

        fixture.finding(plannedAndExited, v1, helper, true, day(LocalDate.of(2025, 2, 1)), null);
        fixture.finding(plannedNotExited, v1, helper, false, day(LocalDate.of(2025, 2, 1)),
                day(LocalDate.of(2025, 3, 1)));
        fixture.finding(returnedOnNewYear, v1, helper, true, day(LocalDate.of(2026, 1, 5)), null);
        fixture.finding(exitedEarly, v1, helper, false, day(LocalDate.of(2024, 11, 1)),
                day(LocalDate.of(2025, 2, 1)));

        String v2 = village(second);
        Long elsewhere = fixture.household(v2, otherHelper, 2025, registered);
        fixture.exit(elsewhere, LocalDate.of(2025, 5, 1));
        fixture.task(v2, otherHelper, due, beijing(2025, 3, 1, 10, 0));
        FixedClock.set(FixedClock.TODAY);
    }

    AssessmentView view(String year) {
        return assessment.view(UserScope.of("asm-county", List.of("county-" + county)), year, null);
    }

    static Ranked row(List<Ranked> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    static java.time.Instant beijing(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Today.ZONE).toInstant();
    }

    @Test
    void townshipIndicatorsEqualDirectCounts() {
        Ranked township = row(view("2025").townships(), first);

        // planned 2025: 2 (one exited); exited by the end of 2025: 4, of which 2 not back in poverty;
        // one return in 2025 (00:30 on 1 January); tasks due and done in 2025: 5, on time 3 (one at the due minute);
        // 6 households (one only applied), 1 finding open at the end of 2025
        assertThat(township.figures()).isEqualTo(new Figures(2, 1, 4, 2, 1, 5, 3, 6, 1));
        assertThat(township.name()).isEqualTo("考核测试镇" + first.substring(4, 9));
    }

    @Test
    void cadreIndicatorsEqualDirectCounts() {
        AssessmentView view = view("2025");

        // the helper answers for 5 households (the applied one has no helper yet) and completed 4 of the 5 tasks
        assertThat(row(view.cadres(), helper).figures()).isEqualTo(new Figures(2, 1, 4, 2, 1, 4, 2, 5, 1));
        assertThat(row(view.cadres(), reviewer).figures()).isEqualTo(new Figures(0, 0, 0, 0, 0, 1, 1, 0, 0));
        assertThat(row(view.cadres(), otherHelper).figures()).isEqualTo(new Figures(1, 1, 1, 1, 0, 1, 1, 1, 0));
    }

    @Test
    void earlierYearCountsStatesAsTheyWereAtItsEnd() {
        Ranked township = row(view("2024").townships(), first);

        // planned 2024: 1, exited in 2024; exited by the end of 2024: 2, the one returning in 2025 still stable;
        // the 31 December return counts for 2024; one task in 2024, late; the finding closed in 2025 was open
        assertThat(township.figures()).isEqualTo(new Figures(1, 1, 2, 1, 1, 1, 0, 6, 1));
    }

    @Test
    void townshipCountsNothingOfAnotherTownship() {
        Ranked other = row(view("2025").townships(), second);

        assertThat(other.figures()).isEqualTo(new Figures(1, 1, 1, 1, 0, 1, 1, 1, 0));
    }

    @Test
    void scoreIsTheWeightedShareOfTheBestResult() {
        Ranked township = row(view("2025").townships(), first);

        // 30 × 1/2 + 25 × 2/4 + 15 × (1 − 1/4) + 20 × 3/5 + 10 × (1 − 1/6) = 59.083 of 100
        assertThat(township.score()).isEqualByComparingTo(new BigDecimal("59.1"));
    }

}
