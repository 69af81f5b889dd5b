package org.jingzhun.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "income_record")
public class IncomeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "income_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal wage;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal business;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal property;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal transfer;

    @Column(name = "subsistence_allowance", nullable = false, precision = 14, scale = 2)
    private BigDecimal subsistenceAllowance;

    @Column(name = "destitute_support", nullable = false, precision = 14, scale = 2)
    private BigDecimal destituteSupport;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal pension;

    @Column(name = "ecological_compensation", nullable = false, precision = 14, scale = 2)
    private BigDecimal ecologicalCompensation;

    @Column(name = "other_transfer", nullable = false, precision = 14, scale = 2)
    private BigDecimal otherTransfer;

    @Column(name = "business_expenses", nullable = false, precision = 14, scale = 2)
    private BigDecimal businessExpenses;

    @Column(name = "member_count", nullable = false)
    private int memberCount;

    @Column(name = "per_capita_net", nullable = false, precision = 14, scale = 2)
    private BigDecimal perCapitaNet;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected IncomeRecord() {
    }

    public IncomeRecord(Long householdId, int year) {
        this.householdId = householdId;
        this.year = year;
    }

    /** Takes a validated entry; the per-capita figure is derived here so it never disagrees with its parts. */
    void update(IncomeEntry entry, int memberCount, Instant recordedAt, String recordedBy) {
        wage = entry.wage();
        business = entry.business();
        property = entry.property();
        transfer = entry.transfer();
        subsistenceAllowance = zeroIfNull(entry.subsistenceAllowance());
        destituteSupport = zeroIfNull(entry.destituteSupport());
        pension = zeroIfNull(entry.pension());
        ecologicalCompensation = zeroIfNull(entry.ecologicalCompensation());
        otherTransfer = zeroIfNull(entry.otherTransfer());
        businessExpenses = entry.businessExpenses();
        this.memberCount = memberCount;
        this.perCapitaNet = wage.add(business).add(property).add(transfer).subtract(businessExpenses)
                .divide(BigDecimal.valueOf(memberCount), 2, RoundingMode.HALF_UP);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getWage() {
        return wage;
    }

    public BigDecimal getBusiness() {
        return business;
    }

    public BigDecimal getProperty() {
        return property;
    }

    public BigDecimal getTransfer() {
        return transfer;
    }

    public BigDecimal getSubsistenceAllowance() {
        return subsistenceAllowance;
    }

    public BigDecimal getDestituteSupport() {
        return destituteSupport;
    }

    public BigDecimal getPension() {
        return pension;
    }

    public BigDecimal getEcologicalCompensation() {
        return ecologicalCompensation;
    }

    public BigDecimal getOtherTransfer() {
        return otherTransfer;
    }

    public BigDecimal getBusinessExpenses() {
        return businessExpenses;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public BigDecimal getPerCapitaNet() {
        return perCapitaNet;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
