package org.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.jingzhun.DomainJpaTest;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

@DomainJpaTest
class IncomeServiceTest {

    @Autowired
    IncomeService incomes;

    @Autowired
    HouseholdService households;

    @Autowired
    TestEntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    Long id;

    @BeforeEach
    void apply() {
        id = households.apply(Applications.valid(), "cadre1");
    }

    @Test
    void perCapitaNetIsIncomeMinusExpensesOverAllFiveMembers() {
        IncomeRecord record = incomes.record(id, entry(2024, "12000", "3000", "0", "2500", "1500"), "helper7");

        assertThat(record.getMemberCount()).isEqualTo(5);
        assertThat(record.getPerCapitaNet()).isEqualByComparingTo("3200.00");
        assertThat(record.getRecordedBy()).isEqualTo("helper7");
    }

    @Test
    void deceasedMemberIsNotCountedAndTheResultIsRoundedHalfUp() {
        households.get(id).getMembers().get(4).setHealth(Health.DECEASED);

        IncomeRecord record = incomes.record(id, entry(2024, "10000", "0", "0", "0", "0.02"), "helper7");

        // 9999.98 / 4 = 2499.995 -> 2500.00
        assertThat(record.getMemberCount()).isEqualTo(4);
        assertThat(record.getPerCapitaNet()).isEqualTo(new BigDecimal("2500.00"));
    }

    @Test
    void roundsDownBelowHalfACent() {
        IncomeRecord record = incomes.record(id, entry(2024, "10000", "0", "0", "0.02", "0"), "helper7");

        // 10000.02 / 5 = 2000.004 -> 2000.00
        assertThat(record.getPerCapitaNet()).isEqualTo(new BigDecimal("2000.00"));
    }

    @Test
    void expensesAboveIncomeGiveANegativePerCapitaFigure() {
        IncomeRecord record = incomes.record(id, entry(2024, "1000", "0", "0", "0", "2000"), "helper7");

        assertThat(record.getPerCapitaNet()).isEqualTo(new BigDecimal("-200.00"));
    }

    @Test
    void recordingTheSameYearAgainReplacesIt() {
        incomes.record(id, entry(2024, "12000", "0", "0", "0", "0"), "helper7");
        incomes.record(id, entry(2024, "15000", "0", "0", "0", "0"), "helper8");
        entityManager.flush();

        assertThat(count()).isEqualTo(1);
        assertThat(incomes.latest(id)).get().satisfies(record -> {
            assertThat(record.getWage()).isEqualByComparingTo("15000");
            assertThat(record.getRecordedBy()).isEqualTo("helper8");
        });
    }

    @Test
    void latestIsTheMostRecentYear() {
        incomes.record(id, entry(2024, "12000", "0", "0", "0", "0"), "helper7");
        incomes.record(id, entry(2022, "9000", "0", "0", "0", "0"), "helper7");

        assertThat(incomes.latest(id)).get().extracting(IncomeRecord::getYear).isEqualTo(2024);
        assertThat(incomes.ledger(id)).extracting(IncomeRecord::getYear).containsExactly(2022, 2024);
    }

    @Test
    void latestIsEmptyWithoutRecords() {
        assertThat(incomes.latest(id)).isEmpty();
    }

    @Test
    void negativeIncomeIsRejectedNamingTheFieldAndNothingStored() {
        assertRejected(entry(2024, "-100", "0", "0", "0", "0"),
                new Violation("wage", "validation.income.negative", new BigDecimal("-100")));
    }

    @Test
    void negativeTransferPartIsRejected() {
        IncomeEntry entry = new IncomeEntry(2024, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("100"), new BigDecimal("-5"), null, null, null, null, BigDecimal.ZERO);

        assertRejected(entry,
                new Violation("subsistenceAllowance", "validation.income.negative", new BigDecimal("-5")));
    }

    @Test
    void transferBelowTheSumOfItsPartsIsRejected() {
        IncomeEntry entry = new IncomeEntry(2024, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("1000"), new BigDecimal("600"), BigDecimal.ZERO, new BigDecimal("300"),
                new BigDecimal("200"), null, BigDecimal.ZERO);

        assertRejected(entry, new Violation("transfer", "validation.income.transferParts",
                new BigDecimal("1000"), new BigDecimal("1100")));
    }

    @Test
    void transferEqualToItsPartsIsAccepted() {
        IncomeEntry entry = new IncomeEntry(2024, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("1100"), new BigDecimal("600"), BigDecimal.ZERO, new BigDecimal("300"),
                new BigDecimal("200"), null, BigDecimal.ZERO);

        IncomeRecord record = incomes.record(id, entry, "helper7");

        assertThat(record.getOtherTransfer()).isEqualByComparingTo("0");
        assertThat(record.getPerCapitaNet()).isEqualByComparingTo("220.00");
    }

    @Test
    void yearsBefore2010OrAfterNextYearAreRejected() {
        assertRejected(entry(2009, "0", "0", "0", "0", "0"),
                new Violation("year", "validation.income.year", 2009, 2010, 2026));
        assertRejected(entry(2027, "0", "0", "0", "0", "0"),
                new Violation("year", "validation.income.year", 2027, 2010, 2026));
        assertThat(incomes.record(id, entry(2026, "0", "0", "0", "0", "0"), "helper7").getYear()).isEqualTo(2026);
    }

    @Test
    void missingFigureIsRequired() {
        IncomeEntry entry = new IncomeEntry(2024, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                null, null, null, null, null, BigDecimal.ZERO);

        assertRejected(entry, new Violation("wage", "validation.income.required"));
    }

    private void assertRejected(IncomeEntry entry, Violation expected) {
        int before = count();
        assertThatThrownBy(() -> incomes.record(id, entry, "helper7"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getViolations()).isEqualTo(List.of(expected)));
        entityManager.flush();
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from income_record", Integer.class);
    }

    private static IncomeEntry entry(int year, String wage, String business, String property, String transfer,
            String expenses) {
        return new IncomeEntry(year, new BigDecimal(wage), new BigDecimal(business), new BigDecimal(property),
                new BigDecimal(transfer), null, null, null, null, null, new BigDecimal(expenses));
    }
}
