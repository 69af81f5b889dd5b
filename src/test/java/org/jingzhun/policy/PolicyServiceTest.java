package org.jingzhun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.jingzhun.DomainJpaTest;
import org.jingzhun.FixedClock;
import org.jingzhun.notice.NoticeKind;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@DomainJpaTest
class PolicyServiceTest {

    @Autowired
    PolicyService policy;

    @Autowired
    PolicyExpressions expressions;

    @Autowired
    PolicyParameterRepository parameters;

    @ParameterizedTest
    @CsvSource({"2010, 2300", "2012, 2300", "2013, 2736", "2014, 2736", "2015, 2855", "2019, 2855", "2020, 4000",
            "2026, 4000"})
    void povertyLineIsTheLatestOneInForce(int year, String line) {
        assertThat(policy.povertyLine(year)).isEqualByComparingTo(line);
    }

    @Test
    void povertyLineBeforeTheFirstOneIsAClearError() {
        assertThatThrownBy(() -> policy.povertyLine(2009))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No poverty-line is defined for 2009: the earliest year is 2010");
    }

    @Test
    void monitoringLineStartsIn2021() {
        assertThat(policy.monitoringLine(2025)).isEqualByComparingTo("6000");
        assertThatThrownBy(() -> policy.monitoringLine(2020)).hasMessageContaining("monitoring-line");
    }

    @Test
    void aNewLineTakesOverFromItsYear() {
        parameters.save(new PolicyParameter("monitoring-line", 2024, "7800", "district line", Instant.now(), "admin"));

        assertThat(policy.monitoringLine(2023)).isEqualByComparingTo("6000");
        assertThat(policy.monitoringLine(2024)).isEqualByComparingTo("7800");
    }

    @Test
    void noticeBufferAndMonitoringDefaultsComeFromTheDomainReference() {
        assertThat(policy.noticeDays(NoticeKind.IDENTIFICATION)).isEqualTo(7);
        assertThat(policy.noticeDays(NoticeKind.EXIT)).isEqualTo(7);
        assertThat(policy.noticeDays(NoticeKind.RETURN)).isEqualTo(5);
        assertThat(policy.bufferYears()).isEqualTo(5);
        assertThat(policy.visitInterval()).isEqualTo(Period.ofMonths(3));
        assertThat(policy.monitoringMinMonths()).isEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource({"survey, P10D, P13D", "appraisal, P7D, P10D", "measure-delivery, P60D, P63D",
            "return-review, P15D, P18D", "hardship-investigation, P5D, P8D"})
    void escalationIsDueDatePlusTheDelay(String step, String due, String escalation) {
        assertThat(expressions.due(step)).isEqualTo(due);
        assertThat(expressions.escalation(step)).isEqualTo(escalation);
        assertThat(policy.escalationDelay(step)).isEqualTo(Period.ofDays(3));
    }

    @Test
    void monthsStayMonthsWhenTheDelayIsAdded() {
        parameters.save(new PolicyParameter("due.quarterly-check", null, "P3M", null, Instant.now(), "admin"));
        parameters.save(new PolicyParameter("escalation.quarterly-check", null, "P3D", null, Instant.now(), "admin"));

        assertThat(expressions.escalation("quarterly-check")).isEqualTo("P3M3D");
    }

    @Test
    void dueDateIsTheBusinessClockPlusTheDuePeriod() {
        assertThat(expressions.dueDate("survey").toInstant())
                .isEqualTo(FixedClock.TODAY.plusDays(10).atTime(10, 0).atZone(Today.ZONE).toInstant());
    }

    @Test
    void dueDateAddsCalendarMonthsInBeijingTime() {
        parameters.save(new PolicyParameter("due.monthly-report", null, "P1M", null, Instant.now(), "admin"));
        FixedClock.set(LocalDate.of(2025, 1, 31));

        assertThat(expressions.dueDate("monthly-report").toInstant())
                .isEqualTo(LocalDate.of(2025, 2, 28).atTime(10, 0).atZone(Today.ZONE).toInstant());
    }

    @Test
    void visitIntervalIsAnIsoString() {
        assertThat(expressions.visitInterval()).isEqualTo("P3M");
    }

    @Test
    void unknownStepNamesTheStep() {
        assertThatThrownBy(() -> expressions.due("no-such-step"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-step");
        assertThatThrownBy(() -> policy.escalationDelay("no-such-step"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-step");
    }

    @Test
    void unusableValueNamesTheParameter() {
        parameters.save(new PolicyParameter("due.broken", null, "ten days", null, Instant.now(), "admin"));

        assertThatThrownBy(() -> policy.due("broken"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("due.broken").hasMessageContaining("ten days");
    }
}
