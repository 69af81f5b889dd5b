package org.jingzhun.task;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A user's unfinished form for a task, as the binder produced it (text as typed), kept as JSON until completion. */
@Entity
@Table(name = "task_draft")
@IdClass(TaskDraft.Key.class)
class TaskDraft {

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "draft_values", nullable = false, length = 65535)
    private String values;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected TaskDraft() {
    }

    TaskDraft(String taskId, String userId) {
        this.taskId = taskId;
        this.userId = userId;
    }

    void save(String values, Instant savedAt) {
        this.values = values;
        this.savedAt = savedAt;
    }

    String getValues() {
        return values;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    static class Key implements Serializable {

        private String taskId;

        private String userId;

        protected Key() {
        }

        Key(String taskId, String userId) {
            this.taskId = Objects.requireNonNull(taskId);
            this.userId = Objects.requireNonNull(userId);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && taskId.equals(key.taskId) && userId.equals(key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, userId);
        }
    }

}
