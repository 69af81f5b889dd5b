package org.jingzhun.household.web;

import java.util.ArrayList;
import java.util.List;

import org.jingzhun.household.Health;
import org.jingzhun.household.HouseholdCorrection;
import org.jingzhun.household.LabourAbility;

/** The correction page's form: the declared size and one row per member, pre-filled from the file. */
public class CorrectionForm {

    private Integer declaredSize;

    private List<Row> members = new ArrayList<>();

    static CorrectionForm of(HouseholdCorrection.Editable household) {
        CorrectionForm form = new CorrectionForm();
        form.declaredSize = household.declaredSize();
        household.members().forEach(m -> form.members.add(new Row(m.id(), m.name(), m.idNumber(), m.health(),
                m.labourAbility(), m.subsistenceAllowance())));
        return form;
    }

    HouseholdCorrection toCorrection() {
        return new HouseholdCorrection(declaredSize, members.stream()
            .map(r -> new HouseholdCorrection.MemberCorrection(r.memberId, r.idNumber, r.health, r.labourAbility,
                    r.subsistenceAllowance))
            .toList());
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
}
