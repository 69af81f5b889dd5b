package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A valid five-person application in test village 622922100201 and ways to spoil it. */
final class Applications {

    static final String VILLAGE = "622922100201";
    static final String OTHER_VILLAGE = "622922100202";
    static final String HEAD_ID = "622922197503120319";

    private Applications() {
    }

    static MemberForm member(String name, Sex sex, String idNumber, Relation relation) {
        return new MemberForm(name, sex, idNumber, relation, "回族", Education.PRIMARY,
                SchoolingStatus.NOT_APPLICABLE, Health.HEALTHY, LabourAbility.ORDINARY, true, true, false, false, null,
                null);
    }

    static List<MemberForm> fiveMembers() {
        return List.of(
                member("马建国", Sex.MALE, HEAD_ID, Relation.HEAD),
                member("李秀英", Sex.FEMALE, "62292219780506042X", Relation.SPOUSE),
                member("马伟", Sex.MALE, "622922200109150514", Relation.CHILD),
                member("马丽", Sex.FEMALE, "622922200501200627", Relation.CHILD),
                member("马老汉", Sex.MALE, "622922194808080713", Relation.PARENT));
    }

    static HouseholdApplication valid() {
        return application(VILLAGE, 5, fiveMembers());
    }

    static HouseholdApplication application(String village, int declaredSize, List<MemberForm> members) {
        return new HouseholdApplication(village, "马建国", "13800000000", "6217 0000 0000 0000 123",
                Attribute.ORDINARY, Standard.NATIONAL, declaredSize, Cause.ILLNESS, List.of(Cause.SKILLS, Cause.FUNDS),
                members, HousingGrade.C, false, new BigDecimal("4.50"), new BigDecimal("2.3"));
    }

    static HouseholdApplication withCauses(Cause main, List<Cause> secondary) {
        HouseholdApplication app = valid();
        return new HouseholdApplication(app.villageCode(), app.headName(), app.phone(), app.bankAccount(),
                app.attribute(), app.standard(), app.declaredSize(), main, secondary, app.members(),
                app.housingGrade(), app.safeDrinkingWater(), app.cultivatedLand(), app.roadDistanceKm());
    }

    static HouseholdApplication withHeadName(String headName) {
        HouseholdApplication app = valid();
        return new HouseholdApplication(app.villageCode(), headName, app.phone(), app.bankAccount(), app.attribute(),
                app.standard(), app.declaredSize(), app.mainCause(), app.secondaryCauses(), app.members(),
                app.housingGrade(), app.safeDrinkingWater(), app.cultivatedLand(), app.roadDistanceKm());
    }

    static List<MemberForm> replace(int index, MemberForm member) {
        List<MemberForm> members = new ArrayList<>(fiveMembers());
        members.set(index, member);
        return members;
    }
}
