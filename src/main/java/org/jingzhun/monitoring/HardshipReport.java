package org.jingzhun.monitoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "hardship_report")
public class HardshipReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "hardship_type", nullable = false)
    private HardshipType hardshipType;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private boolean handled;

    protected HardshipReport() {
    }

    public HardshipReport(Long householdId, Instant reportedAt, String reportedBy, HardshipType hardshipType,
            String description) {
        this.householdId = householdId;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
        this.hardshipType = hardshipType;
        this.description = description;
    }

    public void markHandled() {
        handled = true;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public HardshipType getHardshipType() {
        return hardshipType;
    }

    public String getDescription() {
        return description;
    }

    public boolean isHandled() {
        return handled;
    }
}
