package org.jingzhun.household;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

    Optional<Household> findByHouseholdNumber(String householdNumber);

    @Query("select max(h.householdNumber) from Household h where h.villageCode = :villageCode")
    Optional<String> findLastHouseholdNumber(String villageCode);

    List<Household> findByVillageCodeStartingWithOrderByHouseholdNumber(String areaPrefix);

    List<Household> findByVillageCodeStartingWithAndStatusOrderByHouseholdNumber(String areaPrefix,
            HouseholdStatus status);
}
