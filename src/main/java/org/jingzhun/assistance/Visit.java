package org.jingzhun.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jingzhun.household.HousingGrade;

/** A helper's visit; the observations are nullable because a hardship check does not record all of them. */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitKind kind;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(nullable = false)
    private String visitor;

    @Column(name = "food_secure")
    private Boolean foodSecure;

    @Column(name = "clothing_secure")
    private Boolean clothingSecure;

    @Column(name = "safe_drinking_water")
    private Boolean safeDrinkingWater;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_grade")
    private HousingGrade housingGrade;

    @Column(name = "income_estimate", precision = 14, scale = 2)
    private BigDecimal incomeEstimate;

    private String findings;

    protected Visit() {
    }

    public Visit(Long householdId, VisitKind kind, LocalDate visitedOn, String visitor) {
        this.householdId = householdId;
        this.kind = kind;
        this.visitedOn = visitedOn;
        this.visitor = visitor;
    }

    public void observe(Boolean foodSecure, Boolean clothingSecure, Boolean safeDrinkingWater,
            HousingGrade housingGrade) {
        this.foodSecure = foodSecure;
        this.clothingSecure = clothingSecure;
        this.safeDrinkingWater = safeDrinkingWater;
        this.housingGrade = housingGrade;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitor() {
        return visitor;
    }

    public Boolean getFoodSecure() {
        return foodSecure;
    }

    public Boolean getClothingSecure() {
        return clothingSecure;
    }

    public Boolean getSafeDrinkingWater() {
        return safeDrinkingWater;
    }

    public HousingGrade getHousingGrade() {
        return housingGrade;
    }

    public BigDecimal getIncomeEstimate() {
        return incomeEstimate;
    }

    public void setIncomeEstimate(BigDecimal incomeEstimate) {
        this.incomeEstimate = incomeEstimate;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
