package org.jingzhun.monitoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HardshipReportRepository extends JpaRepository<HardshipReport, Long> {

    List<HardshipReport> findByHouseholdIdOrderByReportedAtDesc(Long householdId);

    List<HardshipReport> findByHouseholdIdAndHandledFalseOrderByReportedAt(Long householdId);
}
