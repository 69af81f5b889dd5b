package org.jingzhun.household;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LivingConditionsRepository extends JpaRepository<LivingConditions, Long> {
}
