package org.jingzhun.household;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdStatusChangeRepository extends JpaRepository<HouseholdStatusChange, Long> {

    List<HouseholdStatusChange> findByHouseholdIdOrderByChangedAtAscIdAsc(Long householdId);
}
