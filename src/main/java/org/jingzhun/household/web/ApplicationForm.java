package org.jingzhun.household.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.Relation;
import org.jingzhun.household.Standard;
import org.jingzhun.system.Violation;

/**
 * The new-application page's form: the household and its members as rows that "add member" / "remove member" submit
 * buttons change without JavaScript. Property names are HouseholdApplication's, so the service's violations
 * ("members[1].idNumber") land beside their fields.
 */
public class ApplicationForm {

    /** A declared size that can never equal the number of members listed (see {@link #toApplication()}). */
    static final int SIZE_MISSING = -1;

    private String villageCode;

    private String headName;

    private String phone;

    private String bankAccount;

    private Attribute attribute = Attribute.ORDINARY;

    private Standard standard = Standard.NATIONAL;

    private Integer declaredSize;

    private Cause mainCause;

    private List<Cause> secondaryCauses = new ArrayList<>();

    private HousingGrade housingGrade;

    private boolean safeDrinkingWater;

    private BigDecimal cultivatedLand;

    private BigDecimal roadDistanceKm;

    private List<MemberRow> members = new ArrayList<>();

    /** A new form with one row, for the head of household, and the village preselected when there is only one. */
    static ApplicationForm blank(List<String> villages) {
        ApplicationForm form = new ApplicationForm();
        if (villages.size() == 1) {
            form.villageCode = villages.get(0);
        }
        MemberRow head = new MemberRow();
        head.setRelation(Relation.HEAD);
        form.members.add(head);
        return form;
    }

    void addMember() {
        members.add(new MemberRow());
    }

    void removeMember(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    /**
     * The application for the service. A missing size is sent as {@link #SIZE_MISSING}: it never matches the list, so
     * the service reports it with every other problem and stores nothing.
     */
    HouseholdApplication toApplication() {
        return new HouseholdApplication(villageCode, headName, phone, bankAccount, attribute, standard,
                declaredSize == null ? SIZE_MISSING : declaredSize, mainCause, secondaryCauses,
                members.stream().map(MemberRow::toMemberForm).toList(), housingGrade, safeDrinkingWater,
                cultivatedLand, roadDistanceKm);
    }

    /** The service's violations for this form: the mismatch that a missing size causes on purpose reads "required". */
    List<Violation> explain(List<Violation> violations) {
        return violations.stream()
            .map(v -> declaredSize == null && v.field().equals("declaredSize")
                    ? new Violation("declaredSize", "validation.required") : v)
            .toList();
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public void setAttribute(Attribute attribute) {
        this.attribute = attribute;
    }

    public Standard getStandard() {
        return standard;
    }

    public void setStandard(Standard standard) {
        this.standard = standard;
    }

    public Integer getDeclaredSize() {
        return declaredSize;
    }

    public void setDeclaredSize(Integer declaredSize) {
        this.declaredSize = declaredSize;
    }

    public Cause getMainCause() {
        return mainCause;
    }

    public void setMainCause(Cause mainCause) {
        this.mainCause = mainCause;
    }

    public List<Cause> getSecondaryCauses() {
        return secondaryCauses;
    }

    public void setSecondaryCauses(List<Cause> secondaryCauses) {
        this.secondaryCauses = secondaryCauses == null ? new ArrayList<>() : secondaryCauses;
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

    public BigDecimal getCultivatedLand() {
        return cultivatedLand;
    }

    public void setCultivatedLand(BigDecimal cultivatedLand) {
        this.cultivatedLand = cultivatedLand;
    }

    public BigDecimal getRoadDistanceKm() {
        return roadDistanceKm;
    }

    public void setRoadDistanceKm(BigDecimal roadDistanceKm) {
        this.roadDistanceKm = roadDistanceKm;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }
}
