package org.jingzhun.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jingzhun.household.HouseholdAccess;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans of signed paper attached to a step: PDF, JPEG or PNG by their content, up to a size limit. Whoever may see
 * the household may list and download them.
 */
@Service
public class AttachmentService {

    static final int MAX_NAME = 200;

    private final TaskPageService tasks;

    private final TaskAttachmentRepository attachments;

    private final HouseholdAccess access;

    private final Today today;

    private final long maxBytes;

    AttachmentService(TaskPageService tasks, TaskAttachmentRepository attachments, HouseholdAccess access,
            Today today, @Value("${jingzhun.attachments.max-bytes:5242880}") long maxBytes) {
        this.tasks = tasks;
        this.attachments = attachments;
        this.access = access;
        this.today = today;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores the scan for the task's household; refuses (storing nothing) an empty, too large or unknown file. */
    @Transactional
    public AttachmentInfo attach(String taskId, String fileName, byte[] content, UserScope scope) {
        OpenTask task = tasks.open(taskId, scope);
        if (!TaskPageService.acceptsScans(tasks.form(task))) {
            throw new ValidationException(new Violation("file", "validation.attachment.notForThisStep"));
        }
        String name = cleanName(fileName);
        List<Violation> violations = new ArrayList<>();
        Optional<ScanType> type = Optional.empty();
        if (content == null || content.length == 0) {
            violations.add(new Violation("file", "validation.attachment.empty"));
        }
        else if (content.length > maxBytes) {
            violations.add(new Violation("file", "validation.attachment.tooLarge", maxBytes / (1024 * 1024)));
        }
        else {
            type = ScanType.of(content).filter(t -> name != null && t.matchesName(name));
            if (type.isEmpty()) {
                violations.add(new Violation("file", "validation.attachment.type"));
            }
        }
        ValidationException.throwIfAny(violations);
        TaskAttachment saved = attachments.save(new TaskAttachment(taskId, task.householdId(), name, type.get(),
                content, scope.userId(), today.now()));
        return new AttachmentInfo(saved.getId(), taskId, task.householdId(), name, saved.getContentType(),
                content.length, scope.userId(), today.now());
    }

    /** The scans of a household, for its file. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> forHousehold(Long householdId, UserScope scope) {
        access.require(householdId, scope);
        return attachments.listForHousehold(householdId);
    }

    @Transactional(readOnly = true)
    public Download download(Long attachmentId, UserScope scope) {
        TaskAttachment attachment = attachments.findById(attachmentId)
            .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        access.require(attachment.getHouseholdId(), scope);
        return new Download(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    /** The name without any path a browser sent along, cut to the column's length, keeping the extension. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot >= 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

}
