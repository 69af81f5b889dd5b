package org.jingzhun.task;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user's unfinished form per task: saved as typed (nothing validated), restored when the page opens. */
@Component
class TaskDrafts {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /** The JSON must fit the column; a form bigger than that is not a draft anyone types by hand. */
    static final int MAX_LENGTH = 65535;

    private final TaskDraftRepository drafts;

    private final ObjectMapper json;

    private final Today today;

    TaskDrafts(TaskDraftRepository drafts, ObjectMapper json, Today today) {
        this.drafts = drafts;
        this.json = json;
        this.today = today;
    }

    @Transactional
    void save(String taskId, String userId, Map<String, ?> values) {
        String text = write(values);
        if (text.length() > MAX_LENGTH) {
            throw new ValidationException(new Violation("draft", "validation.task.draftTooLong"));
        }
        TaskDraft draft = drafts.findById(new TaskDraft.Key(taskId, userId)).orElseGet(() -> new TaskDraft(taskId,
                userId));
        draft.save(text, today.now());
        drafts.save(draft);
    }

    @Transactional(readOnly = true)
    Optional<Saved> find(String taskId, String userId) {
        return drafts.findById(new TaskDraft.Key(taskId, userId)).map(d -> new Saved(read(d.getValues()),
                d.getSavedAt()));
    }

    @Transactional
    void discard(String taskId) {
        drafts.deleteByTaskId(taskId);
    }

    private String write(Map<String, ?> values) {
        try {
            return json.writeValueAsString(values);
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException("draft values cannot be written as JSON", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, MAP);
        }
        catch (JsonProcessingException e) {
            // A draft that no longer reads is dropped rather than blocking the page.
            return Map.of();
        }
    }

    record Saved(Map<String, Object> values, Instant savedAt) {
    }

}
