package org.jingzhun.policy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyParameterRepository extends JpaRepository<PolicyParameter, Long> {

    Optional<PolicyParameter> findFirstByParamKeyAndYearLessThanEqualOrderByYearDesc(String paramKey, Integer year);

    Optional<PolicyParameter> findFirstByParamKeyOrderByYearAsc(String paramKey);

    Optional<PolicyParameter> findFirstByParamKeyAndYearIsNullOrderByIdDesc(String paramKey);

    List<PolicyParameter> findAllByOrderByParamKeyAscYearAsc();
}
