package org.jingzhun.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder or escalation sent for an overdue task, kept so the same one is never sent twice. */
@Entity
@Table(name = "task_escalation")
public class TaskEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Column(name = "task_key", nullable = false)
    private String taskKey;

    @Column(name = "household_id")
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationLevel level;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    protected TaskEscalation() {
    }

    public TaskEscalation(String taskId, String taskKey, Long householdId, EscalationLevel level, String recipient,
            Instant notifiedAt) {
        this.taskId = taskId;
        this.taskKey = taskKey;
        this.householdId = householdId;
        this.level = level;
        this.recipient = recipient;
        this.notifiedAt = notifiedAt;
    }

    public Long getId() {
        return id;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public EscalationLevel getLevel() {
        return level;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
