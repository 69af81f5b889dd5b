package org.jingzhun.household;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IncomeRecordRepository extends JpaRepository<IncomeRecord, Long> {

    Optional<IncomeRecord> findByHouseholdIdAndYear(Long householdId, int year);

    Optional<IncomeRecord> findFirstByHouseholdIdOrderByYearDesc(Long householdId);

    List<IncomeRecord> findByHouseholdIdOrderByYear(Long householdId);
}
