package org.jingzhun.household;

import java.time.LocalDate;

/** A member as the file and the API show it: the ID number in full or masked (see {@link IdVisibility}). */
public record MemberView(Long id, String name, Sex sex, LocalDate birthDate, String idNumber, IdType idType,
        Relation relation, String ethnicity, Education education, SchoolingStatus schoolingStatus, Health health,
        LabourAbility labourAbility, String migrantWorkPlace, Integer migrantMonths, boolean medicalInsured,
        boolean seriousIllnessInsured, boolean pensionInsured, boolean subsistenceAllowance) {

    static MemberView of(Member m, boolean fullIds) {
        return new MemberView(m.getId(), m.getName(), m.getSex(), m.getBirthDate(),
                IdVisibility.show(m.getIdNumber(), fullIds), m.getIdType(), m.getRelation(), m.getEthnicity(),
                m.getEducation(), m.getSchoolingStatus(), m.getHealth(), m.getLabourAbility(), m.getMigrantWorkPlace(),
                m.getMigrantMonths(), m.isMedicalInsured(), m.isSeriousIllnessInsured(), m.isPensionInsured(),
                m.isSubsistenceAllowance());
    }

}
