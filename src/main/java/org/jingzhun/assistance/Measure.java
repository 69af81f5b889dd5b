package org.jingzhun.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jingzhun.system.Today;

@Entity
@Table(name = "measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Path path;

    @Column(nullable = false)
    private String content;

    private String provider;

    @Column(precision = 14, scale = 2)
    private BigDecimal cost;

    @Enumerated(EnumType.STRING)
    @Column(name = "fund_source")
    private FundSource fundSource;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureStatus status = MeasureStatus.PLANNED;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "actual_cost", precision = 14, scale = 2)
    private BigDecimal actualCost;

    @Column(name = "household_signed", nullable = false)
    private boolean householdSigned;

    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Measure() {
    }

    public Measure(Long householdId, Path path, String content, LocalDate startDate) {
        this.householdId = householdId;
        this.path = path;
        this.content = content;
        this.startDate = startDate;
        this.createdAt = Today.currentInstant();
    }

    public void deliver(LocalDate deliveredOn, BigDecimal actualCost, boolean householdSigned, String notes) {
        this.status = MeasureStatus.DELIVERED;
        this.deliveredOn = deliveredOn;
        this.actualCost = actualCost;
        this.householdSigned = householdSigned;
        this.notes = notes;
    }

    public void cancel(String notes) {
        this.status = MeasureStatus.CANCELLED;
        this.notes = notes;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Path getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public FundSource getFundSource() {
        return fundSource;
    }

    public void setFunding(BigDecimal cost, FundSource fundSource) {
        this.cost = cost;
        this.fundSource = fundSource;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public BigDecimal getActualCost() {
        return actualCost;
    }

    public boolean isHouseholdSigned() {
        return householdSigned;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
