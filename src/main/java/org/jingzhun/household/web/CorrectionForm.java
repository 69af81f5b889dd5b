package org.jingzhun.household.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jingzhun.household.Health;
import org.jingzhun.household.HouseholdCorrection;
import org.jingzhun.household.IncomeEntry;
import org.jingzhun.household.LabourAbility;

/** The correction page's form: the declared size and one row per member, pre-filled from the file. */
public class CorrectionForm {

    private Integer declaredSize;

    private List<Row> members = new ArrayList<>();

    /** The latest year's income, or null when the household has none recorded. */
    private IncomeRow income;

    static CorrectionForm of(HouseholdCorrection.Editable household) {
        CorrectionForm form = new CorrectionForm();
        form.declaredSize = household.declaredSize();
        household.members().forEach(m -> form.members.add(new Row(m.id(), m.name(), m.idNumber(), m.health(),
                m.labourAbility(), m.subsistenceAllowance())));
        form.income = household.income() == null ? null : IncomeRow.of(household.income());
        return form;
    }

    HouseholdCorrection toCorrection() {
        return new HouseholdCorrection(declaredSize, members.stream()
            .map(r -> new HouseholdCorrection.MemberCorrection(r.memberId, r.idNumber, r.health, r.labourAbility,
                    r.subsistenceAllowance))
            .toList(), income == null ? null : income.toEntry());
    }

    /** Names are shown, not posted back: they come from the file again when the page is redrawn. */
    void names(HouseholdCorrection.Editable household) {
        members.forEach(row -> household.members().stream()
            .filter(m -> row.memberId != null && m.id() == row.memberId)
            .findFirst()
            .ifPresent(m -> row.name = m.name()));
    }

    public Integer getDeclaredSize() {
        return declaredSize;
    }

    public void setDeclaredSize(Integer declaredSize) {
        this.declaredSize = declaredSize;
    }

    public IncomeRow getIncome() {
        return income;
    }

    public void setIncome(IncomeRow income) {
        this.income = income;
    }

    public List<Row> getMembers() {
        return members;
    }

    public void setMembers(List<Row> members) {
        this.members = members;
    }

    public static class Row {

        private Long memberId;

        private String name;

        private String idNumber;

        private Health health;

        private LabourAbility labourAbility;

        private boolean subsistenceAllowance;

        public Row() {
        }

        Row(Long memberId, String name, String idNumber, Health health, LabourAbility labourAbility,
                boolean subsistenceAllowance) {
            this.memberId = memberId;
            this.name = name;
            this.idNumber = idNumber;
            this.health = health;
            this.labourAbility = labourAbility;
            this.subsistenceAllowance = subsistenceAllowance;
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public String getName() {
            return name;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
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

        public boolean isSubsistenceAllowance() {
            return subsistenceAllowance;
        }

        public void setSubsistenceAllowance(boolean subsistenceAllowance) {
            this.subsistenceAllowance = subsistenceAllowance;
        }
    }

    /** One year's income parts as the form carries them; the year is fixed (a hidden field). */
    public static class IncomeRow {

        private Integer year;

        private BigDecimal wage;

        private BigDecimal business;

        private BigDecimal property;

        private BigDecimal transfer;

        private BigDecimal subsistenceAllowance;

        private BigDecimal destituteSupport;

        private BigDecimal pension;

        private BigDecimal ecologicalCompensation;

        private BigDecimal otherTransfer;

        private BigDecimal businessExpenses;

        static IncomeRow of(IncomeEntry entry) {
            IncomeRow row = new IncomeRow();
            row.year = entry.year();
            row.wage = entry.wage();
            row.business = entry.business();
            row.property = entry.property();
            row.transfer = entry.transfer();
            row.subsistenceAllowance = entry.subsistenceAllowance();
            row.destituteSupport = entry.destituteSupport();
            row.pension = entry.pension();
            row.ecologicalCompensation = entry.ecologicalCompensation();
            row.otherTransfer = entry.otherTransfer();
            row.businessExpenses = entry.businessExpenses();
            return row;
        }

        IncomeEntry toEntry() {
            return new IncomeEntry(year, wage, business, property, transfer, subsistenceAllowance, destituteSupport,
                    pension, ecologicalCompensation, otherTransfer, businessExpenses);
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BigDecimal getWage() {
            return wage;
        }

        public void setWage(BigDecimal wage) {
            this.wage = wage;
        }

        public BigDecimal getBusiness() {
            return business;
        }

        public void setBusiness(BigDecimal business) {
            this.business = business;
        }

        public BigDecimal getProperty() {
            return property;
        }

        public void setProperty(BigDecimal property) {
            this.property = property;
        }

        public BigDecimal getTransfer() {
            return transfer;
        }

        public void setTransfer(BigDecimal transfer) {
            this.transfer = transfer;
        }

        public BigDecimal getSubsistenceAllowance() {
            return subsistenceAllowance;
        }

        public void setSubsistenceAllowance(BigDecimal subsistenceAllowance) {
            this.subsistenceAllowance = subsistenceAllowance;
        }

        public BigDecimal getDestituteSupport() {
            return destituteSupport;
        }

        public void setDestituteSupport(BigDecimal destituteSupport) {
            this.destituteSupport = destituteSupport;
        }

        public BigDecimal getPension() {
            return pension;
        }

        public void setPension(BigDecimal pension) {
            this.pension = pension;
        }

        public BigDecimal getEcologicalCompensation() {
            return ecologicalCompensation;
        }

        public void setEcologicalCompensation(BigDecimal ecologicalCompensation) {
            this.ecologicalCompensation = ecologicalCompensation;
        }

        public BigDecimal getOtherTransfer() {
            return otherTransfer;
        }

        public void setOtherTransfer(BigDecimal otherTransfer) {
            this.otherTransfer = otherTransfer;
        }

        public BigDecimal getBusinessExpenses() {
            return businessExpenses;
        }

        public void setBusinessExpenses(BigDecimal businessExpenses) {
            this.businessExpenses = businessExpenses;
        }
    }
}
