package org.jingzhun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jingzhun.support.ValidationFailures.validationFailure;

import java.time.Period;

import org.jingzhun.support.IntegrationTest;
import org.jingzhun.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PolicyAdministrationTest {

    @Autowired
    PolicyAdministration administration;

    @Autowired
    PolicyService policy;

    @Autowired
    PolicyParameterRepository parameters;

    @Test
    void changeIsReadByThePolicyServiceAndRecordedWithItsReason() {
        String step = TestPolicyKeys.step(parameters);

        administration.change("due." + step, null, "P2W", "县政府通知第 12 号", "admin");

        assertThat(policy.due(step)).isEqualTo(Period.ofDays(14));
        assertThat(administration.history("due." + step)).singleElement().satisfies(change -> {
            assertThat(change.getOldValue()).isEqualTo("P10D");
            assertThat(change.getNewValue()).isEqualTo("P14D");
            assertThat(change.getChangedBy()).isEqualTo("admin");
            assertThat(change.getReason()).isEqualTo("县政府通知第 12 号");
            assertThat(change.getYear()).isNull();
            assertThat(change.getChangedAt()).isNotNull();
        });
        assertThat(administration.recent(5)).extracting(PolicyParameterChange::getParamKey).contains("due." + step);
        assertThat(administration.entry("due." + step).current().getChangedBy()).isEqualTo("admin");
    }

    @Test
    void aReasonIsRequiredAndNothingChangesWithoutOne() {
        String step = TestPolicyKeys.step(parameters);

        assertThat(validationFailure(() -> administration.change("due." + step, null, "P5D", " ", "admin")).codes())
            .containsExactly("validation.policy.reason");

        assertThat(policy.due(step)).isEqualTo(Period.ofDays(10));
        assertThat(administration.history("due." + step)).isEmpty();
    }

    @Test
    void periodsMustBeIsoAndAboveZero() {
        String step = TestPolicyKeys.step(parameters);

        for (String bad : new String[] { "10", "ten days", "P0D", "-P3D", "PT10H", "P1M-5D", "" }) {
            assertThat(validationFailure(() -> administration.change("due." + step, null, bad, "r", "admin")).codes())
                .as(bad).containsExactly("validation.policy.period");
        }
        administration.change("escalation." + step, null, "P1M", "monthly", "admin");
        assertThat(policy.escalationDelay(step)).isEqualTo(Period.ofMonths(1));
        assertThat(policy.due(step)).isEqualTo(Period.ofDays(10));
    }

    @Test
    void wholeNumbersMustBePositive() {
        String key = TestPolicyKeys.days(parameters);

        for (String bad : new String[] { "0", "-1", "7.5", "seven", "99999" }) {
            assertThat(validationFailure(() -> administration.change(key, null, bad, "r", "admin")).codes())
                .as(bad).containsExactly("validation.policy.integer");
        }
        administration.change(key, null, "10", "longer notice", "admin");
        assertThat(administration.entry(key).current().getParamValue()).isEqualTo("10");
        assertThat(administration.entry(key).kind()).isEqualTo(PolicyKind.INTEGER);
    }

    @Test
    void assessmentWeightsMaySignOrLeaveOutAnIndicator() {
        String key = "assessment.weight.returns";
        String before = administration.entry(key).current().getParamValue();
        assertThat(administration.entry(key).kind()).isEqualTo(PolicyKind.WEIGHT);

        for (String bad : new String[] { "1001", "-2000", "1.234", "minus ten" }) {
            assertThat(validationFailure(() -> administration.change(key, null, bad, "r", "admin")).codes())
                .as(bad).containsExactly("validation.policy.weight");
        }
        try {
            administration.change(key, null, "0", "leave returns out this year", "admin");
            assertThat(policy.decimal(key)).isZero();
            administration.change(key, null, "-20.5", "returns weigh more", "admin");
            assertThat(policy.decimal(key)).isEqualByComparingTo("-20.5");
        }
        finally {
            administration.change(key, null, before, "restore", "admin");
        }
    }

    @Test
    void moneyMustBeAboveZeroWithAtMostTwoDecimals() {
        String key = TestPolicyKeys.line(parameters);

        for (String bad : new String[] { "0", "-100", "4000.123", "四千" }) {
            assertThat(validationFailure(() -> administration.change(key, 2020, bad, "r", "admin")).codes())
                .as(bad).containsExactly("validation.policy.money");
        }
        administration.change(key, 2020, "4100.50", "adjusted", "admin");
        assertThat(administration.entry(key).values()).extracting(PolicyParameter::getParamValue)
            .containsExactly("2855", "4100.50");
        assertThat(administration.history(key)).singleElement()
            .satisfies(change -> assertThat(change.getYear()).isEqualTo(2020));
    }

    @Test
    void anUnchangedValueOrAnUnknownYearIsRefused() {
        String key = TestPolicyKeys.line(parameters);

        assertThat(validationFailure(() -> administration.change(key, 2020, "4000", "same", "admin")).codes())
            .containsExactly("validation.policy.unchanged");
        assertThat(validationFailure(() -> administration.change(key, 2019, "4100", "no such year", "admin")).codes())
            .containsExactly("validation.policy.year.unknown");
        assertThatThrownBy(() -> administration.entry("no-such-parameter")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNewYearOfALineTakesOverFromThatYear() {
        String key = TestPolicyKeys.line(parameters);

        administration.addYear(key, 2024, "7800", "区监测线", "admin");

        assertThat(administration.entry(key).values()).extracting(PolicyParameter::getYear)
            .containsExactly(2015, 2020, 2024);
        assertThat(administration.history(key)).singleElement().satisfies(change -> {
            assertThat(change.getOldValue()).isNull();
            assertThat(change.getNewValue()).isEqualTo("7800");
            assertThat(change.getYear()).isEqualTo(2024);
        });
    }

    @Test
    void aNewYearMustBeNewInRangeAndOnlyForLines() {
        String key = TestPolicyKeys.line(parameters);
        String step = TestPolicyKeys.step(parameters);

        assertThat(validationFailure(() -> administration.addYear(key, 2020, "5000", "r", "admin")).codes())
            .containsExactly("validation.policy.year.taken");
        assertThat(validationFailure(() -> administration.addYear(key, 1999, "0", "", "admin")).codes())
            .containsExactly("validation.policy.year.range", "validation.policy.money", "validation.policy.reason");
        assertThat(validationFailure(() -> administration.addYear("due." + step, 2024, "P1D", "r", "admin")).codes())
            .containsExactly("validation.policy.year.notYearly");
        assertThat(administration.entry(key).values()).hasSize(2);
    }

    @Test
    void overviewGroupsLinesNoticesLifecycleAndSteps() {
        String step = TestPolicyKeys.step(parameters);

        PolicyOverview overview = administration.overview();

        assertThat(overview.lines()).extracting(PolicyEntry::key).contains("poverty-line", "monitoring-line");
        assertThat(overview.lines()).filteredOn(e -> e.key().equals("poverty-line")).singleElement()
            .satisfies(e -> assertThat(e.values()).extracting(PolicyParameter::getYear).contains(2010, 2020));
        assertThat(overview.notices()).extracting(PolicyEntry::key).contains("notice-days.EXIT");
        assertThat(overview.lifecycle()).extracting(PolicyEntry::key)
            .containsExactly("buffer-years", "visit-interval", "monitoring-min-months");
        assertThat(overview.steps()).filteredOn(s -> s.step().equals(step)).singleElement().satisfies(s -> {
            assertThat(s.due().current().getParamValue()).isEqualTo("P10D");
            assertThat(s.escalation().current().getParamValue()).isEqualTo("P3D");
        });
        assertThat(overview.steps()).extracting(StepDeadlines::step).startsWith("survey", "appraisal")
            .contains("exit-approval");
        assertThat(overview.lines()).extracting(PolicyEntry::key).startsWith("poverty-line", "monitoring-line");
    }

}
