package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The yearly income ledger; per-capita net income counts the members alive when the record is made. */
@Service
@Transactional
public class IncomeService {

    static final int FIRST_YEAR = 2010;

    private final IncomeRecordRepository records;
    private final HouseholdService households;
    private final Today today;

    public IncomeService(IncomeRecordRepository records, HouseholdService households, Today today) {
        this.records = records;
        this.households = households;
        this.today = today;
    }

    /** Creates or replaces the household's record for the entry's year. */
    public IncomeRecord record(Long householdId, IncomeEntry entry, String actor) {
        Household household = households.get(householdId);
        int memberCount = (int) household.livingMemberCount();
        List<Violation> violations = validate(entry);
        if (memberCount == 0) {
            violations.add(new Violation("members", "validation.income.noMembers"));
        }
        ValidationException.throwIfAny(violations);
        IncomeRecord record = records.findByHouseholdIdAndYear(householdId, entry.year())
                .orElseGet(() -> new IncomeRecord(householdId, entry.year()));
        record.update(entry, memberCount, today.now(), actor);
        return records.save(record);
    }

    @Transactional(readOnly = true)
    public Optional<IncomeRecord> latest(Long householdId) {
        return records.findFirstByHouseholdIdOrderByYearDesc(householdId);
    }

    @Transactional(readOnly = true)
    public List<IncomeRecord> ledger(Long householdId) {
        return records.findByHouseholdIdOrderByYear(householdId);
    }

    private List<Violation> validate(IncomeEntry entry) {
        List<Violation> violations = new ArrayList<>();
        int lastYear = today.date().getYear() + 1;
        if (entry.year() == null || entry.year() < FIRST_YEAR || entry.year() > lastYear) {
            violations.add(new Violation("year", "validation.income.year", entry.year(), FIRST_YEAR, lastYear));
        }
        for (Map.Entry<String, BigDecimal> part : entry.mainParts().entrySet()) {
            if (part.getValue() == null) {
                violations.add(new Violation(part.getKey(), "validation.income.required"));
            }
        }
        Map<String, BigDecimal> all = new LinkedHashMap<>(entry.mainParts());
        all.putAll(entry.transferParts());
        all.forEach((field, value) -> {
            if (value != null && value.signum() < 0) {
                violations.add(new Violation(field, "validation.income.negative", value));
            }
        });
        BigDecimal partsSum = entry.transferParts().values().stream()
                .map(IncomeRecord::zeroIfNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (entry.transfer() != null && entry.transfer().compareTo(partsSum) < 0) {
            violations.add(new Violation("transfer", "validation.income.transferParts", entry.transfer(), partsSum));
        }
        return violations;
    }
}
