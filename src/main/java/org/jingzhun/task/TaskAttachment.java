package org.jingzhun.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scan of the signed paper behind a step (the household's signature, the appraisal's minutes). Never changed. */
@Entity
@Table(name = "task_attachment")
class TaskAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TaskAttachment() {
    }

    TaskAttachment(String taskId, Long householdId, String fileName, ScanType type, byte[] content, String uploadedBy,
            Instant uploadedAt) {
        this.taskId = taskId;
        this.householdId = householdId;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.size = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    Long getHouseholdId() {
        return householdId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }

}
