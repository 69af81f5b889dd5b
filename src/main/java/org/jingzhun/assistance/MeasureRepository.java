package org.jingzhun.assistance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByHouseholdIdOrderByStartDateAscIdAsc(Long householdId);

    List<Measure> findByHouseholdIdAndStatusOrderByIdAsc(Long householdId, MeasureStatus status);
}
