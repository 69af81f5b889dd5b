package org.jingzhun.task;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jingzhun.forms.FormDefinition;
import org.jingzhun.system.Today;

/**
 * Everything the task page shows: the step, its household, its form with the values to start from (the user's draft
 * if one is saved), the texts' variables, comments, the scans attached to the step, and who was reminded or had it
 * escalated to them.
 */
public record TaskPage(OpenTask task, HouseholdSummary household, FormDefinition form, Map<String, Object> values,
        Instant draftSavedAt, List<TaskComment> comments, List<AttachmentInfo> attachments, boolean acceptsScans,
        List<EscalationStep> escalations) {

    public TaskPage {
        values = values == null ? Map.of() : values;
        comments = List.copyOf(comments);
        attachments = List.copyOf(attachments);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    public LocalDateTime localDraftSavedAt() {
        return draftSavedAt == null ? null : LocalDateTime.ofInstant(draftSavedAt, Today.ZONE);
    }

}
