package org.jingzhun.assistance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByHouseholdIdOrderByVisitedOnDescIdDesc(Long householdId);

    Optional<Visit> findFirstByHouseholdIdOrderByVisitedOnDescIdDesc(Long householdId);
}
