package org.jingzhun.task;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskDraftRepository extends JpaRepository<TaskDraft, TaskDraft.Key> {

    @Modifying
    @Query("delete from TaskDraft d where d.taskId = ?1")
    int deleteByTaskId(String taskId);

}
