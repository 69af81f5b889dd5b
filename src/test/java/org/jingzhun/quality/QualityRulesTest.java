package org.jingzhun.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jingzhun.household.ResidentId;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule finds a household that breaks it and not one beside it that doesn't. */
@IntegrationTest
class QualityRulesTest {

    @Autowired
    QualityFixture fixture;

    @Autowired
    InvalidResidentIdRule invalidId;

    @Autowired
    IdMismatchRule idMismatch;

    @Autowired
    DuplicatePersonRule duplicatePerson;

    @Autowired
    MemberCountRule memberCount;

    @Autowired
    IncomeSumRule incomeSum;

    @Autowired
    AllowanceWithoutTransferRule allowance;

    @Autowired
    EmploymentRiskRule employmentRisk;

    @Autowired
    ExitBelowStandardRule exitBelowStandard;

    @Autowired
    EarlyExitRule earlyExit;

    @Autowired
    EliminationTooSoonRule eliminationTooSoon;

    @Autowired
    PolicyService policy;

    @Test
    void invalidIdFindsAWrongCheckCharacterNotAValidNumber() {
        String village = fixture.village();
        long broken = fixture.household(village);
        long fine = fixture.household(village);
        long member = fixture.members(broken).get(1);
        String wrong = QualityFixture.wrongCheckCharacter(fixture.idNumber(member));
        fixture.jdbc.update("update member set id_number = ? where id = ?", wrong, member);

        List<Breach> breaches = invalidId.check(RuleScope.area(village));

        assertThat(breaches).extracting(Breach::householdId).containsExactly(broken);
        assertThat(breaches.get(0).details()).contains(wrong);
        assertThat(breaches).extracting(Breach::householdId).doesNotContain(fine);
    }

    @Test
    void invalidIdKnowsTheDomainExamples() {
        assertThat(ResidentId.parse("11010519491231002x", LocalDate.of(2025, 1, 1)).number())
            .isEqualTo("11010519491231002X");
        String village = fixture.village();
        long broken = fixture.household(village);
        fixture.jdbc.update("update member set id_number = '130402198207290622' where id = ?",
                fixture.members(broken).get(0));

        assertThat(invalidId.check(RuleScope.area(village))).extracting(Breach::householdId).containsExactly(broken);
    }

    @Test
    void idMismatchFindsARecordedSexOrBirthDateTheIdContradicts() {
        String village = fixture.village();
        long wrongSex = fixture.household(village);
        long wrongBirth = fixture.household(village);
        long fine = fixture.household(village);
        fixture.jdbc.update("update member set sex = case when sex = 'MALE' then 'FEMALE' else 'MALE' end where id = ?",
                fixture.members(wrongSex).get(0));
        long member = fixture.members(wrongBirth).get(2);
        LocalDate born = fixture.jdbc.queryForObject("select birth_date from member where id = ?", LocalDate.class,
                member);
        fixture.jdbc.update("update member set birth_date = ? where id = ?", born.plusDays(1), member);

        assertThat(idMismatch.check(RuleScope.area(village))).extracting(Breach::householdId)
            .containsExactly(wrongSex, wrongBirth)
            .doesNotContain(fine);
    }

    @Test
    void duplicatePersonFindsBothHouseholdsListingOneIdNumber() {
        String village = fixture.village();
        String otherVillage = fixture.village(QualityFixture.OTHER_TOWNSHIP);
        long first = fixture.household(village);
        long second = fixture.household(otherVillage);
        long fine = fixture.household(village);
        fixture.jdbc.update("update member set id_number = ? where id = ?",
                fixture.idNumber(fixture.members(first).get(2)), fixture.members(second).get(2));

        assertThat(duplicatePerson.check(RuleScope.area(village))).extracting(Breach::householdId)
            .containsExactly(first);
        assertThat(duplicatePerson.check(RuleScope.area(otherVillage))).singleElement()
            .satisfies(b -> assertThat(b.householdId()).isEqualTo(second));
        assertThat(duplicatePerson.check(RuleScope.area(village))).extracting(Breach::householdId)
            .doesNotContain(fine);
    }

    @Test
    void memberCountFindsADeclaredSizeOtherThanTheLivingMembers() {
        String village = fixture.village();
        long declaredMore = fixture.household(village);
        long oneDied = fixture.household(village);
        long fine = fixture.household(village);
        fixture.jdbc.update("update household set declared_size = 5 where id = ?", declaredMore);
        fixture.jdbc.update("update member set health = 'DECEASED' where id = ?", fixture.members(oneDied).get(2));

        assertThat(memberCount.check(RuleScope.area(village))).extracting(Breach::householdId)
            .containsExactly(declaredMore, oneDied)
            .doesNotContain(fine);
    }

    @Test
    void incomeSumFindsAPerCapitaOrTransferThatDisagreesWithItsParts() {
        String village = fixture.village();
        long perCapitaOff = fixture.household(village);
        long transferShort = fixture.household(village);
        long fine = fixture.household(village);
        for (long id : List.of(perCapitaOff, transferShort, fine)) {
            fixture.income(id, 2024, "9000", "600");
        }
        fixture.jdbc.update("update income_record set per_capita_net = per_capita_net + 100 where household_id = ?",
                perCapitaOff);
        fixture.jdbc.update("update income_record set pension = 800 where household_id = ?", transferShort);

        List<Breach> breaches = incomeSum.check(RuleScope.area(village));

        assertThat(breaches).extracting(Breach::householdId).containsExactly(perCapitaOff, transferShort);
        assertThat(breaches.get(0).details()).containsExactly("2024", "600.00", "0.00", "3300.00", "3200.00");
    }

    @Test
    void allowanceWithoutTransferFindsAnAllowanceMemberWithZeroTransferIncome() {
        String village = fixture.village();
        long broken = fixture.household(village);
        long fine = fixture.household(village);
        long noAllowance = fixture.household(village);
        for (long id : List.of(broken, fine)) {
            fixture.jdbc.update("update member set subsistence_allowance = true where id = ?",
                    fixture.members(id).get(0));
        }
        fixture.income(broken, 2024, "9000", "0");
        fixture.income(fine, 2024, "9000", "1200");
        fixture.income(noAllowance, 2024, "9000", "0");

        assertThat(allowance.check(RuleScope.area(village))).extracting(Breach::householdId).containsExactly(broken);
    }

    @Test
    void employmentRiskFindsUnemploymentRecordedWhereNobodyCanWork() {
        String village = fixture.village();
        long broken = fixture.household(village);
        long fine = fixture.household(village);
        for (long id : List.of(broken, fine)) {
            fixture.unemploymentReported(id);
        }
        fixture.jdbc.update("update member set labour_ability = 'NONE' where household_id = ?", broken);

        assertThat(employmentRisk.check(RuleScope.area(village))).extracting(Breach::householdId)
            .containsExactly(broken);
    }

    @Test
    void exitBelowStandardFindsAnExitUnderThePovertyLineOrWithAFailingVeto() {
        String village = fixture.village();
        long poor = fixture.household(village);
        long unsafeHousing = fixture.household(village);
        long fine = fixture.household(village);
        LocalDate identified = LocalDate.of(2023, 3, 1);
        for (long id : List.of(poor, unsafeHousing, fine)) {
            fixture.exited(id, identified, LocalDate.of(2024, 12, 1));
        }
        fixture.income(poor, 2024, "6000", "0");
        fixture.income(unsafeHousing, 2024, "30000", "0");
        fixture.income(fine, 2024, "30000", "0");
        fixture.jdbc.update("update living_conditions set housing_grade = 'D' where household_id = ?", unsafeHousing);

        List<Breach> breaches = exitBelowStandard.check(RuleScope.area(village));

        assertThat(breaches).extracting(Breach::householdId).containsExactly(poor, unsafeHousing);
        assertThat(breaches.get(0).details()).containsExactly("2000.00", "4000", "2024", "income");
        assertThat(breaches.get(1).details().get(3)).isEqualTo("housing");
    }

    @Test
    void exitTooSoonFindsAnExitWithinTheMinimumMonthsOfIdentification() {
        String village = fixture.village();
        long early = fixture.household(village);
        long fine = fixture.household(village);
        fixture.exited(early, LocalDate.of(2024, 10, 15), LocalDate.of(2024, 12, 14));
        fixture.exited(fine, LocalDate.of(2024, 10, 15), LocalDate.of(2024, 12, 15));

        assertThat(earlyExit.minMonths()).isEqualTo(2);
        assertThat(earlyExit.check(RuleScope.area(village))).singleElement().satisfies(b -> {
            assertThat(b.householdId()).isEqualTo(early);
            assertThat(b.details()).containsExactly("2024-10-15", "2024-12-14", "2");
        });
    }

    @Test
    void eliminationTooSoonFindsARiskEliminatedWithinTheMonitoringMonths() {
        String village = fixture.village();
        long early = fixture.household(village);
        long fine = fixture.household(village);
        long stillMonitored = fixture.household(village);
        int months = policy.monitoringMinMonths();
        LocalDate since = LocalDate.of(2025, 3, 1);
        for (long id : List.of(early, fine, stillMonitored)) {
            fixture.exited(id, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 12, 1));
        }
        fixture.eliminated(early, since, since.plusMonths(months).minusDays(1));
        fixture.eliminated(fine, since, since.plusMonths(months));
        fixture.jdbc.update("update household set monitored = true, monitoring_since = ? where id = ?", since,
                stillMonitored);

        assertThat(eliminationTooSoon.check(RuleScope.area(village))).singleElement().satisfies(b -> {
            assertThat(b.householdId()).isEqualTo(early);
            assertThat(b.details()).containsExactly(since.toString(), since.plusMonths(months).minusDays(1).toString(),
                    Integer.toString(months));
        });
    }

    @Test
    void riskEliminatedWithAFailingVetoIsAnExitBelowStandard() {
        String village = fixture.village();
        long unsafe = fixture.household(village);
        long fine = fixture.household(village);
        for (long id : List.of(unsafe, fine)) {
            fixture.exited(id, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 12, 1));
            fixture.eliminated(id, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 1));
            fixture.income(id, 2024, "30000", "0");
        }
        fixture.jdbc.update("update living_conditions set housing_grade = 'D' where household_id = ?", unsafe);

        assertThat(exitBelowStandard.check(RuleScope.area(village))).extracting(Breach::householdId)
            .containsExactly(unsafe);
    }

    @Test
    void aRuleScopedToOneHouseholdIgnoresItsNeighbours() {
        String village = fixture.village();
        long one = fixture.household(village);
        long other = fixture.household(village);
        fixture.jdbc.update("update household set declared_size = 7 where id in (?, ?)", one, other);

        assertThat(memberCount.check(RuleScope.household(village, other))).extracting(Breach::householdId)
            .containsExactly(other);
    }
}
