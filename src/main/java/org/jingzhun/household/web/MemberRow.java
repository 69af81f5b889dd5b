package org.jingzhun.household.web;

import org.jingzhun.household.Education;
import org.jingzhun.household.Health;
import org.jingzhun.household.LabourAbility;
import org.jingzhun.household.MemberForm;
import org.jingzhun.household.Relation;
import org.jingzhun.household.SchoolingStatus;
import org.jingzhun.household.Sex;

/** One member row of the application page; sex is optional and, when given, checked against the ID number. */
public class MemberRow {

    private String name;

    private String idNumber;

    private Relation relation;

    private Sex sex;

    private String ethnicity;

    private Education education;

    private SchoolingStatus schoolingStatus;

    private Health health = Health.HEALTHY;

    private LabourAbility labourAbility;

    private String migrantWorkPlace;

    private Integer migrantMonths;

    private boolean medicalInsured;

    private boolean seriousIllnessInsured;

    private boolean pensionInsured;

    private boolean subsistenceAllowance;

    MemberForm toMemberForm() {
        return new MemberForm(name, sex, idNumber, relation, blankToNull(ethnicity), education, schoolingStatus,
                health, labourAbility, medicalInsured, seriousIllnessInsured, pensionInsured, subsistenceAllowance,
                blankToNull(migrantWorkPlace), migrantMonths);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
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
        this.health = health;
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

    public void setMigrantWorkPlace(String migrantWorkPlace) {
        this.migrantWorkPlace = migrantWorkPlace;
    }

    public Integer getMigrantMonths() {
        return migrantMonths;
    }

    public void setMigrantMonths(Integer migrantMonths) {
        this.migrantMonths = migrantMonths;
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
