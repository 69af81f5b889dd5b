package org.jingzhun.task;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskAttachmentRepository extends JpaRepository<TaskAttachment, Long> {

    @Query("""
            select new org.jingzhun.task.AttachmentInfo(a.id, a.taskId, a.householdId, a.fileName, a.contentType,
                a.size, a.uploadedBy, a.uploadedAt)
            from TaskAttachment a where a.taskId = ?1 order by a.uploadedAt, a.id""")
    List<AttachmentInfo> listForTask(String taskId);

    @Query("""
            select new org.jingzhun.task.AttachmentInfo(a.id, a.taskId, a.householdId, a.fileName, a.contentType,
                a.size, a.uploadedBy, a.uploadedAt)
            from TaskAttachment a where a.householdId = ?1 order by a.uploadedAt, a.id""")
    List<AttachmentInfo> listForHousehold(Long householdId);

}
