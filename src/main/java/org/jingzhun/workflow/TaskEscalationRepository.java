package org.jingzhun.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskEscalationRepository extends JpaRepository<TaskEscalation, Long> {

    boolean existsByTaskIdAndLevel(String taskId, EscalationLevel level);

    List<TaskEscalation> findByHouseholdIdOrderByNotifiedAtDesc(Long householdId);

    List<TaskEscalation> findByTaskIdOrderByNotifiedAt(String taskId);
}
