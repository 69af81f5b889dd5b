package org.jingzhun.signoff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jingzhun.area.AreaLevel;

/** Who decided what, when, in which role and area, and why ("谁签字谁负责"). Never updated. */
@Entity
@Table(name = "sign_off")
public class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(nullable = false)
    private String step;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_level", nullable = false)
    private AreaLevel areaLevel;

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    private String reason;

    private String details;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "task_id")
    private String taskId;

    protected SignOff() {
    }

    SignOff(Long householdId, String step, String actor, String role, AreaLevel areaLevel, String areaCode,
            Decision decision, String reason, Instant signedAt, String processInstanceId, String taskId) {
        this.householdId = householdId;
        this.step = step;
        this.actor = actor;
        this.role = role;
        this.areaLevel = areaLevel;
        this.areaCode = areaCode;
        this.decision = decision;
        this.reason = reason;
        this.signedAt = signedAt;
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
    }

    public Long getId() {
        return id;
    }

    /** The facts the decision rests on, e.g. "votesFor=23, votesAgainst=2". */
    public String getDetails() {
        return details;
    }

    public void recordDetails(String details) {
        this.details = details == null || details.isBlank() ? null : details.strip();
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public String getStep() {
        return step;
    }

    public String getActor() {
        return actor;
    }

    public String getRole() {
        return role;
    }

    public AreaLevel getAreaLevel() {
        return areaLevel;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskId() {
        return taskId;
    }
}
