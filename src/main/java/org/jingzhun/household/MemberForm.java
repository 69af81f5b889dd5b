package org.jingzhun.household;

import java.time.LocalDate;

/**
 * A member as entered on the application. Sex and birth date are stored from the ID number; when the form gives
 * them as well they are cross-checked against it, which catches an ID typed into the wrong row.
 */
public record MemberForm(String name, Sex sex, String idNumber, Relation relation, String ethnicity,
        Education education, SchoolingStatus schoolingStatus, Health health, LabourAbility labourAbility,
        Boolean medicalInsured, Boolean seriousIllnessInsured, Boolean pensionInsured, Boolean subsistenceAllowance,
        String migrantWorkPlace, Integer migrantMonths, LocalDate birthDate) {

    public MemberForm(String name, Sex sex, String idNumber, Relation relation, String ethnicity,
            Education education, SchoolingStatus schoolingStatus, Health health, LabourAbility labourAbility,
            Boolean medicalInsured, Boolean seriousIllnessInsured, Boolean pensionInsured,
            Boolean subsistenceAllowance, String migrantWorkPlace, Integer migrantMonths) {
        this(name, sex, idNumber, relation, ethnicity, education, schoolingStatus, health, labourAbility,
                medicalInsured, seriousIllnessInsured, pensionInsured, subsistenceAllowance, migrantWorkPlace,
                migrantMonths, null);
    }

    Member toMember(ResidentId id) {
        Member member = new Member(name.strip(), id, relation);
        member.setEthnicity(ethnicity);
        member.setEducation(education);
        member.setSchoolingStatus(schoolingStatus);
        member.setHealth(health);
        member.setLabourAbility(labourAbility);
        member.setMedicalInsured(Boolean.TRUE.equals(medicalInsured));
        member.setSeriousIllnessInsured(Boolean.TRUE.equals(seriousIllnessInsured));
        member.setPensionInsured(Boolean.TRUE.equals(pensionInsured));
        member.setSubsistenceAllowance(Boolean.TRUE.equals(subsistenceAllowance));
        member.setMigrantWork(migrantWorkPlace, migrantMonths);
        return member;
    }
}
