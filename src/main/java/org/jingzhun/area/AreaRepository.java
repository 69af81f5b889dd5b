package org.jingzhun.area;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AreaRepository extends JpaRepository<Area, String> {

    List<Area> findByParentCodeOrderByCode(String parentCode);

    List<Area> findByLevelAndCodeStartingWithOrderByCode(AreaLevel level, String prefix);

    /** Households per village code, for the area tree (a native query: area must not depend on household). */
    @Query(value = "select village_code, count(*) from household group by village_code", nativeQuery = true)
    List<Object[]> countHouseholdsByVillage();

    @Query(value = "select count(*) from household where village_code like :pattern", nativeQuery = true)
    long countHouseholdsLike(String pattern);

    /** Serialises work that numbers things per area, such as household numbers within a village. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Area a where a.code = :code")
    Optional<Area> lockByCode(String code);
}
