package org.jingzhun.household;

import java.util.List;

/**
 * What a village cadre may correct in a registered household file after a data-quality finding: the declared size
 * and, per member, the ID number (sex and birth date follow it), health, labour ability and subsistence allowance.
 */
public record HouseholdCorrection(Integer declaredSize, List<MemberCorrection> members) {

    /** The household as the correction page shows it, read inside the transaction. */
    public record Editable(long id, String householdNumber, String headName, int declaredSize,
            List<EditableMember> members) {
    }

    public record EditableMember(long id, String name, String idNumber, Health health, LabourAbility labourAbility,
            boolean subsistenceAllowance) {
    }

    public record MemberCorrection(Long memberId, String idNumber, Health health, LabourAbility labourAbility,
            boolean subsistenceAllowance) {
    }
}
