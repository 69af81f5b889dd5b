package org.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jingzhun.household.Applications.VILLAGE;
import static org.jingzhun.household.Applications.application;
import static org.jingzhun.household.Applications.fiveMembers;
import static org.jingzhun.household.Applications.member;
import static org.jingzhun.household.Applications.replace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jingzhun.DomainJpaTest;
import org.jingzhun.FixedClock;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

@DomainJpaTest
class HouseholdApplyTest {

    @Autowired
    HouseholdService service;

    @Autowired
    LivingConditionsRepository conditions;

    @Autowired
    TestEntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void validApplicationIsStoredWithMembersLivingConditionsAndHistory() {
        Long id = service.apply(Applications.valid(), "cadre1");
        entityManager.flush();
        entityManager.clear();

        Household household = service.get(id);
        assertThat(household.getHouseholdNumber()).isEqualTo("622922100201-0001");
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.APPLIED);
        assertThat(household.getStage()).isEqualTo(Stage.IDENTIFICATION);
        assertThat(household.getAppliedOn()).isEqualTo(FixedClock.TODAY);
        assertThat(household.getBankAccount()).isEqualTo("6217000000000000123");
        assertThat(household.getMainCause()).isEqualTo(Cause.ILLNESS);
        assertThat(household.secondaryCauses()).containsExactly(Cause.SKILLS, Cause.FUNDS);
        assertThat(household.getMembers()).extracting(Member::getName)
                .containsExactly("马建国", "李秀英", "马伟", "马丽", "马老汉");
        Member spouse = household.getMembers().get(1);
        assertThat(spouse.getBirthDate()).isEqualTo(LocalDate.of(1978, 5, 6));
        assertThat(spouse.getSex()).isEqualTo(Sex.FEMALE);
        assertThat(spouse.getIdType()).isEqualTo(IdType.RESIDENT);
        assertThat(household.getStatusHistory()).singleElement().satisfies(change -> {
            assertThat(change.getFromStatus()).isNull();
            assertThat(change.getToStatus()).isEqualTo(HouseholdStatus.APPLIED);
            assertThat(change.getActor()).isEqualTo("cadre1");
        });
        LivingConditions living = conditions.findById(id).orElseThrow();
        assertThat(living.getHousingGrade()).isEqualTo(HousingGrade.C);
        assertThat(living.getCultivatedLand()).isEqualByComparingTo("4.5");
        assertThat(living.getRoadDistanceKm()).isEqualByComparingTo("2.3");
    }

    @Test
    void householdNumbersCountUpWithinEachVillage() {
        Long first = service.apply(Applications.valid(), "cadre1");
        Long other = service.apply(application(Applications.OTHER_VILLAGE, 1,
                List.of(member("马建国", Sex.MALE, "622922198507070130", Relation.HEAD))), "cadre1");
        Long second = service.apply(application(VILLAGE, 1,
                List.of(member("马建国", Sex.MALE, "622922201003030914", Relation.HEAD))), "cadre1");

        assertThat(service.get(first).getHouseholdNumber()).isEqualTo("622922100201-0001");
        assertThat(service.get(other).getHouseholdNumber()).isEqualTo("622922100202-0001");
        assertThat(service.get(second).getHouseholdNumber()).isEqualTo("622922100201-0002");
    }

    @Test
    void disabilityCertificateNumberIsStoredWithItsType() {
        Long id = service.apply(application(VILLAGE, 5, replace(4,
                member("马老汉", Sex.MALE, "62292219480808071342", Relation.PARENT))), "cadre1");

        Member parent = service.get(id).getMembers().get(4);
        assertThat(parent.getIdNumber()).isEqualTo("62292219480808071342");
        assertThat(parent.getIdType()).isEqualTo(IdType.DISABILITY_CERT);
        assertThat(parent.getBirthDate()).isEqualTo(LocalDate.of(1948, 8, 8));
    }

    @Test
    void unknownVillageIsRejectedAndNothingStored() {
        assertRejected(application("622922199201", 5, fiveMembers()),
                new Violation("villageCode", "validation.village.unknown", "622922199201"));
    }

    @Test
    void townshipCodeIsNotAVillage() {
        assertRejected(application("622922100000", 5, fiveMembers()),
                new Violation("villageCode", "validation.village.unknown", "622922100000"));
    }

    @Test
    void sevenDeclaredButFiveListedIsRejectedWithBothNumbers() {
        assertRejected(application(VILLAGE, 7, fiveMembers()),
                new Violation("declaredSize", "validation.declaredSize.mismatch", 7, 5));
    }

    @Test
    void sexThatContradictsTheIdIsRejected() {
        assertRejected(application(VILLAGE, 5, replace(1,
                        member("李秀英", Sex.MALE, "62292219780506042X", Relation.SPOUSE))),
                new Violation("members[1].sex", "validation.member.sexMismatch", Sex.MALE, Sex.FEMALE));
    }

    @Test
    void birthDateThatContradictsTheIdIsRejected() {
        MemberForm spouse = member("李秀英", Sex.FEMALE, "62292219780506042X", Relation.SPOUSE);
        MemberForm wrongDate = new MemberForm(spouse.name(), spouse.sex(), spouse.idNumber(), spouse.relation(),
                spouse.ethnicity(), spouse.education(), spouse.schoolingStatus(), spouse.health(),
                spouse.labourAbility(), true, true, false, false, null, null, LocalDate.of(1978, 6, 5));

        assertRejected(application(VILLAGE, 5, replace(1, wrongDate)), new Violation("members[1].birthDate",
                "validation.member.birthDateMismatch", LocalDate.of(1978, 6, 5), LocalDate.of(1978, 5, 6)));
    }

    @Test
    void sameIdTwiceInOneApplicationIsRejected() {
        assertRejected(application(VILLAGE, 5, replace(3,
                        member("马丽", Sex.MALE, "622922200109150514", Relation.CHILD))),
                new Violation("members[3].idNumber", "validation.member.idNumber.duplicate", 3, 4));
    }

    @Test
    void disabilityCertificateOfAListedMemberCountsAsTheSamePerson() {
        assertRejected(application(VILLAGE, 5, replace(3,
                        member("马伟", Sex.MALE, "62292220010915051411", Relation.CHILD))),
                new Violation("members[3].idNumber", "validation.member.idNumber.duplicate", 3, 4));
    }

    @Test
    void invalidMemberIdIsReportedForThatMember() {
        assertRejected(application(VILLAGE, 5, replace(2,
                        member("马伟", Sex.MALE, "130402198207290622", Relation.CHILD))),
                new Violation("members[2].idNumber", "validation.idNumber.checkDigit", "130402198207290622"));
    }

    @Test
    void personAlreadyInAnotherHouseholdIsRejected() {
        service.apply(Applications.valid(), "cadre1");

        assertRejected(application(Applications.OTHER_VILLAGE, 1,
                        List.of(member("马建国", Sex.MALE, Applications.HEAD_ID, Relation.HEAD))),
                new Violation("members[0].idNumber", "validation.member.idNumber.registered", "622922100201-0001"));
    }

    @Test
    void personOfARejectedApplicationMayApplyAgain() {
        Long rejected = service.apply(Applications.valid(), "cadre1");
        service.reject(rejected, "county1", "收入高于贫困线");

        Long again = service.apply(Applications.valid(), "cadre1");

        assertThat(service.get(again).getHouseholdNumber()).isEqualTo("622922100201-0002");
    }

    @Test
    void noHeadIsRejected() {
        assertRejected(application(VILLAGE, 5, replace(0,
                        member("马建国", Sex.MALE, Applications.HEAD_ID, Relation.OTHER))),
                new Violation("members", "validation.members.head.count", 0));
    }

    @Test
    void twoHeadsAreRejected() {
        assertRejected(application(VILLAGE, 5, replace(1,
                        member("李秀英", Sex.FEMALE, "62292219780506042X", Relation.HEAD))),
                new Violation("members", "validation.members.head.count", 2));
    }

    @Test
    void headNameMustMatchTheMemberListedAsHead() {
        assertRejected(Applications.withHeadName("马建军"),
                new Violation("headName", "validation.members.head.name", "马建军", "马建国"));
    }

    @Test
    void blankHeadNameIsRequired() {
        assertRejected(Applications.withHeadName(" "), new Violation("headName", "validation.headName.required"));
    }

    @Test
    void threeSecondaryCausesAreTooMany() {
        assertRejected(Applications.withCauses(Cause.ILLNESS, List.of(Cause.SKILLS, Cause.FUNDS, Cause.LAND)),
                new Violation("secondaryCauses", "validation.secondaryCauses.tooMany", 3, 2));
    }

    @Test
    void secondaryCauseMustNotRepeatTheMainCause() {
        assertRejected(Applications.withCauses(Cause.ILLNESS, List.of(Cause.ILLNESS)),
                new Violation("secondaryCauses", "validation.secondaryCauses.sameAsMain", Cause.ILLNESS));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<MemberForm> members = List.of(
                member("马建国", Sex.FEMALE, Applications.HEAD_ID, Relation.HEAD),
                member("马伟", Sex.MALE, "622922200109150514", Relation.CHILD),
                member("马丽", Sex.FEMALE, "622922200109150514", Relation.CHILD),
                member("", Sex.MALE, "110105202302300016", Relation.CHILD),
                member("马老汉", Sex.MALE, "622922194808080713", Relation.PARENT));

        assertThatThrownBy(() -> service.apply(application("622922199201", 7, members), "cadre1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.codes())
                        .containsExactlyInAnyOrder("validation.village.unknown", "validation.declaredSize.mismatch",
                                "validation.member.sexMismatch", "validation.member.sexMismatch",
                                "validation.member.idNumber.duplicate", "validation.member.name.required",
                                "validation.idNumber.birthDate"));
        assertNothingStored();
    }

    @Test
    void negativeLandIsRejected() {
        HouseholdApplication app = Applications.valid();
        HouseholdApplication negative = new HouseholdApplication(app.villageCode(), app.headName(), app.phone(),
                app.bankAccount(), app.attribute(), app.standard(), app.declaredSize(), app.mainCause(),
                app.secondaryCauses(), app.members(), app.housingGrade(), app.safeDrinkingWater(),
                new BigDecimal("-1"), app.roadDistanceKm());

        assertRejected(negative, new Violation("cultivatedLand", "validation.negative", new BigDecimal("-1")));
    }

    private void assertRejected(HouseholdApplication app, Violation expected) {
        int households = count("household");
        int members = count("member");
        assertThatThrownBy(() -> service.apply(app, "cadre1"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getViolations()).containsExactly(expected));
        entityManager.flush();
        assertThat(count("household")).isEqualTo(households);
        assertThat(count("member")).isEqualTo(members);
        assertThat(count("living_conditions")).isEqualTo(households);
        assertThat(count("household_status_change")).isEqualTo(households);
    }

    private void assertNothingStored() {
        entityManager.flush();
        assertThat(count("household")).isZero();
        assertThat(count("member")).isZero();
        assertThat(count("living_conditions")).isZero();
        assertThat(count("household_status_change")).isZero();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
