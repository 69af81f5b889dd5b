package org.jingzhun.policy;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyParameterChangeRepository extends JpaRepository<PolicyParameterChange, Long> {

    List<PolicyParameterChange> findByParamKeyOrderByChangedAtDescIdDesc(String paramKey);

    List<PolicyParameterChange> findAllByOrderByChangedAtDescIdDesc(Pageable page);

}
