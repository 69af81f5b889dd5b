package org.jingzhun.task;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jingzhun.system.Today;

/** An attachment without its content, for lists. */
public record AttachmentInfo(Long id, String taskId, Long householdId, String fileName, String contentType, long size,
        String uploadedBy, Instant uploadedAt) {

    public LocalDateTime localUploadedAt() {
        return LocalDateTime.ofInstant(uploadedAt, Today.ZONE);
    }

    public long sizeKb() {
        return Math.max(1, (size + 1023) / 1024);
    }

}
