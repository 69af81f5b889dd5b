package org.jingzhun.household;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false)
    private IdType idType;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;

    private String ethnicity;

    @Enumerated(EnumType.STRING)
    private Education education;

    @Enumerated(EnumType.STRING)
    @Column(name = "schooling_status")
    private SchoolingStatus schoolingStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Health health = Health.HEALTHY;

    @Enumerated(EnumType.STRING)
    @Column(name = "labour_ability")
    private LabourAbility labourAbility;

    @Column(name = "migrant_work_place")
    private String migrantWorkPlace;

    @Column(name = "migrant_months")
    private Integer migrantMonths;

    @Column(name = "medical_insured", nullable = false)
    private boolean medicalInsured;

    @Column(name = "serious_illness_insured", nullable = false)
    private boolean seriousIllnessInsured;

    @Column(name = "pension_insured", nullable = false)
    private boolean pensionInsured;

    @Column(name = "subsistence_allowance", nullable = false)
    private boolean subsistenceAllowance;

    protected Member() {
    }

    /** Sex and birth date always come from the ID so they cannot disagree with it. */
    public Member(String name, ResidentId id, Relation relation) {
        this.name = name;
        this.relation = relation;
        changeIdNumber(id);
    }

    public void changeIdNumber(ResidentId id) {
        this.idNumber = id.number();
        this.idType = id.type();
        this.sex = id.sex();
        this.birthDate = id.birthDate();
    }

    void setHousehold(Household household) {
        this.household = household;
    }

    public boolean isDeceased() {
        return health == Health.DECEASED;
    }

    public Long getId() {
        return id;
    }

    public Household getHousehold() {
        return household;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sex getSex() {
        return sex;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public IdType getIdType() {
        return idType;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public SchoolingStatus getSchoolingStatus() {
        return schoolingStatus;
    }

    public void setSchoolingStatus(SchoolingStatus schoolingStatus) {
        this.schoolingStatus = schoolingStatus;
    }

    public Health getHealth() {
        return health;
    }

    public void setHealth(Health health) {
        this.health = health == null ? Health.HEALTHY : health;
    }

    public LabourAbility getLabourAbility() {
        return labourAbility;
    }

    public void setLabourAbility(LabourAbility labourAbility) {
        this.labourAbility = labourAbility;
    }

    public String getMigrantWorkPlace() {
        return migrantWorkPlace;
    }

    public Integer getMigrantMonths() {
        return migrantMonths;
    }

    public void setMigrantWork(String place, Integer months) {
        this.migrantWorkPlace = place;
        this.migrantMonths = months;
    }

    public boolean isMedicalInsured() {
        return medicalInsured;
    }

    public void setMedicalInsured(boolean medicalInsured) {
        this.medicalInsured = medicalInsured;
    }

    public boolean isSeriousIllnessInsured() {
        return seriousIllnessInsured;
    }

    public void setSeriousIllnessInsured(boolean seriousIllnessInsured) {
        this.seriousIllnessInsured = seriousIllnessInsured;
    }

    public boolean isPensionInsured() {
        return pensionInsured;
    }

    public void setPensionInsured(boolean pensionInsured) {
        this.pensionInsured = pensionInsured;
    }

    public boolean isSubsistenceAllowance() {
        return subsistenceAllowance;
    }

    public void setSubsistenceAllowance(boolean subsistenceAllowance) {
        this.subsistenceAllowance = subsistenceAllowance;
    }
}
