package org.jingzhun.household;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.jingzhun.system.Today;

/** One row per household, sharing its id; land in mu, distances in km, housing area in m². */
@Entity
@Table(name = "living_conditions")
public class LivingConditions {

    @Id
    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "cultivated_land", precision = 10, scale = 2)
    private BigDecimal cultivatedLand;

    @Column(name = "irrigated_land", precision = 10, scale = 2)
    private BigDecimal irrigatedLand;

    @Column(name = "forest_land", precision = 10, scale = 2)
    private BigDecimal forestLand;

    @Column(name = "power_connected", nullable = false)
    private boolean powerConnected;

    @Column(name = "road_distance_km", precision = 10, scale = 2)
    private BigDecimal roadDistanceKm;

    @Column(name = "housing_area", precision = 10, scale = 2)
    private BigDecimal housingArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_grade")
    private HousingGrade housingGrade;

    @Column(name = "safe_drinking_water", nullable = false)
    private boolean safeDrinkingWater;

    @Column(name = "water_difficult", nullable = false)
    private boolean waterDifficult;

    private String fuel;

    private String toilet;

    @Column(name = "cooperative_member", nullable = false)
    private boolean cooperativeMember;

    @Column(nullable = false)
    private boolean relocated;

    @Column(name = "relocation_mode")
    private String relocationMode;

    @Column(name = "settlement_type")
    private String settlementType;

    @Column(name = "settlement_place")
    private String settlementPlace;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LivingConditions() {
    }

    public LivingConditions(Long householdId) {
        this.householdId = householdId;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Today.currentInstant();
    }

    /** Housing grades C and D are dangerous and veto an exit. */
    public boolean isHousingSafe() {
        return housingGrade == HousingGrade.A || housingGrade == HousingGrade.B;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public BigDecimal getCultivatedLand() {
        return cultivatedLand;
    }

    public void setCultivatedLand(BigDecimal cultivatedLand) {
        this.cultivatedLand = cultivatedLand;
    }

    public BigDecimal getIrrigatedLand() {
        return irrigatedLand;
    }

    public void setIrrigatedLand(BigDecimal irrigatedLand) {
        this.irrigatedLand = irrigatedLand;
    }

    public BigDecimal getForestLand() {
        return forestLand;
    }

    public void setForestLand(BigDecimal forestLand) {
        this.forestLand = forestLand;
    }

    public boolean isPowerConnected() {
        return powerConnected;
    }

    public void setPowerConnected(boolean powerConnected) {
        this.powerConnected = powerConnected;
    }

    public BigDecimal getRoadDistanceKm() {
        return roadDistanceKm;
    }

    public void setRoadDistanceKm(BigDecimal roadDistanceKm) {
        this.roadDistanceKm = roadDistanceKm;
    }

    public BigDecimal getHousingArea() {
        return housingArea;
    }

    public void setHousingArea(BigDecimal housingArea) {
        this.housingArea = housingArea;
    }

    public HousingGrade getHousingGrade() {
        return housingGrade;
    }

    public void setHousingGrade(HousingGrade housingGrade) {
        this.housingGrade = housingGrade;
    }

    public boolean isSafeDrinkingWater() {
        return safeDrinkingWater;
    }

    public void setSafeDrinkingWater(boolean safeDrinkingWater) {
        this.safeDrinkingWater = safeDrinkingWater;
    }

    public boolean isWaterDifficult() {
        return waterDifficult;
    }

    public void setWaterDifficult(boolean waterDifficult) {
        this.waterDifficult = waterDifficult;
    }

    public String getFuel() {
        return fuel;
    }

    public void setFuel(String fuel) {
        this.fuel = fuel;
    }

    public String getToilet() {
        return toilet;
    }

    public void setToilet(String toilet) {
        this.toilet = toilet;
    }

    public boolean isCooperativeMember() {
        return cooperativeMember;
    }

    public void setCooperativeMember(boolean cooperativeMember) {
        this.cooperativeMember = cooperativeMember;
    }

    public boolean isRelocated() {
        return relocated;
    }

    public String getRelocationMode() {
        return relocationMode;
    }

    public String getSettlementType() {
        return settlementType;
    }

    public String getSettlementPlace() {
        return settlementPlace;
    }

    public void setRelocation(boolean relocated, String mode, String settlementType, String settlementPlace) {
        this.relocated = relocated;
        this.relocationMode = mode;
        this.settlementType = settlementType;
        this.settlementPlace = settlementPlace;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
