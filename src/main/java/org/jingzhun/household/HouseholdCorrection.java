package org.jingzhun.household;

import java.util.List;

/**
 * What a village cadre may correct in a registered household file after a data-quality finding: the declared size
 * and, per member, the ID number (sex and birth date follow it), health, labour ability and subsistence allowance;
 * and the parts of the latest year's income (null when none is recorded or the form leaves it out).
 */
public record HouseholdCorrection(Integer declaredSize, List<MemberCorrection> members, IncomeEntry income) {

    /** The household as the correction page shows it, read inside the transaction. */
    public record Editable(long id, String householdNumber, String headName, int declaredSize,
            List<EditableMember> members, IncomeEntry income) {
    }

    public record EditableMember(long id, String name, String idNumber, Health health, LabourAbility labourAbility,
            boolean subsistenceAllowance) {
    }

    public record MemberCorrection(Long memberId, String idNumber, Health health, LabourAbility labourAbility,
            boolean subsistenceAllowance) {
    }
}
