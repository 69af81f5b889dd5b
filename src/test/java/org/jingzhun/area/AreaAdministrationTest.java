package org.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.support.ValidationFailures.validationFailure;

import org.camunda.bpm.engine.IdentityService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.household.HouseholdService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AreaAdministrationTest {

    @Autowired
    AreaAdministration administration;

    @Autowired
    AreaRepository areas;

    @Autowired
    HouseholdService households;

    @Autowired
    DemoAreas demoAreas;

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void demoAreas() {
        demoAreas.ensure();
    }

    @Test
    void addsATownshipUnderTheCountyAndAVillageUnderIt() {
        String township = TestAreaCodes.township();
        String village = township.substring(0, 9) + "201";

        administration.create(DemoAreas.COUNTY, township, " 新镇 ");
        administration.create(township, village, "新村");

        assertThat(areas.findById(township)).hasValueSatisfying(a -> {
            assertThat(a.getLevel()).isEqualTo(AreaLevel.TOWNSHIP);
            assertThat(a.getName()).isEqualTo("新镇");
            assertThat(a.getParentCode()).isEqualTo(DemoAreas.COUNTY);
        });
        assertThat(areas.findById(village)).hasValueSatisfying(a -> assertThat(a.getLevel()).isEqualTo(AreaLevel.VILLAGE));
    }

    @Test
    void rejectsCodesThatDoNotFitTheParent() {
        String township = TestAreaCodes.township();

        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, "62292250000", "短")).codes())
            .containsExactly("validation.area.code.digits");
        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, "62292250000x", "字")).codes())
            .containsExactly("validation.area.code.digits");
        // another county's prefix
        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, "622923" + township.substring(6), "外"))
            .codes()).containsExactly("validation.area.code.parent");
        // a village code directly under the county
        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, township.substring(0, 9) + "201",
                "跳级")).codes()).containsExactly("validation.area.code.parent");
        // the township's own segment all zeros
        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, "622922000000", "零")).codes())
            .containsExactly("validation.area.code.parent");
        assertThat(areas.findById(township)).isEmpty();
    }

    @Test
    void rejectsATakenCodeASiblingNameAndABlankName() {
        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, DemoAreas.TOWNSHIP_FUCHENG, "重复"))
            .codes()).containsExactly("validation.area.code.taken");
        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, TestAreaCodes.township(), "附城镇"))
            .codes()).containsExactly("validation.area.name.taken");
        assertThat(validationFailure(() -> administration.create(DemoAreas.COUNTY, TestAreaCodes.township(), " "))
            .codes()).containsExactly("validation.area.name.required");
    }

    @Test
    void nothingGoesUnderAVillageOrAnUnknownParent() {
        assertThat(validationFailure(() -> administration.create(DemoAreas.VILLAGE_A, "622922100201", "x")).codes())
            .containsExactly("validation.area.parentVillage");
        assertThat(validationFailure(() -> administration.create("999999999999", "999999999001", "x")).codes())
            .containsExactly("validation.area.parent");
    }

    @Test
    void renameValidatesTheName() {
        String township = TestAreaCodes.township();
        administration.create(DemoAreas.COUNTY, township, "旧名");

        administration.rename(township, "新名");
        assertThat(areas.findById(township).orElseThrow().getName()).isEqualTo("新名");

        assertThat(validationFailure(() -> administration.rename(township, "")).codes())
            .containsExactly("validation.area.name.required");
        assertThat(validationFailure(() -> administration.rename(township, "苏集镇")).codes())
            .containsExactly("validation.area.name.taken");
        assertThat(areas.findById(township).orElseThrow().getName()).isEqualTo("新名");
    }

    @Test
    void anAreaWithHouseholdsOrSubAreasIsNotDeletedAnEmptyOneIs() {
        String township = TestAreaCodes.township();
        String village = township.substring(0, 9) + "201";
        administration.create(DemoAreas.COUNTY, township, "有户镇");
        administration.create(township, village, "有户村");
        households.apply(TestHouseholds.application(village), "test");

        assertThat(validationFailure(() -> administration.delete(village)).codes())
            .containsExactly("validation.area.hasHouseholds");
        assertThat(validationFailure(() -> administration.delete(township)).codes())
            .containsExactly("validation.area.hasHouseholds");
        assertThat(areas.existsById(village)).isTrue();

        String empty = TestAreaCodes.township();
        administration.create(DemoAreas.COUNTY, empty, "空镇");
        administration.create(empty, empty.substring(0, 9) + "201", "空村");
        assertThat(validationFailure(() -> administration.delete(empty)).codes())
            .containsExactly("validation.area.hasChildren");
        administration.delete(empty.substring(0, 9) + "201");
        administration.delete(empty);
        assertThat(areas.existsById(empty)).isFalse();
    }

    @Test
    void anAreaWhereSomeoneStillHasARoleIsNotDeleted() {
        String township = TestAreaCodes.township();
        String village = township.substring(0, 9) + "201";
        administration.create(DemoAreas.COUNTY, township, "有人镇");
        administration.create(township, village, "有人村");
        String user = "area-" + village;
        identityService.saveUser(identityService.newUser(user));
        for (String group : new String[] { "cadre-" + village, "committee-" + village }) {
            identityService.saveGroup(identityService.newGroup(group));
            identityService.createMembership(user, group);
        }

        assertThat(validationFailure(() -> administration.delete(village)).getViolations())
            .singleElement()
            .satisfies(v -> {
                assertThat(v.code()).isEqualTo("validation.area.hasMembers");
                assertThat(v.args()).containsExactly(1L);
            });
        assertThat(areas.existsById(village)).isTrue();

        identityService.deleteMembership(user, "cadre-" + village);
        identityService.deleteMembership(user, "committee-" + village);
        administration.delete(village);
        assertThat(areas.existsById(village)).isFalse();
    }

    @Test
    void treeCountsHouseholdsUpTheLevels() {
        String township = TestAreaCodes.township();
        String village = township.substring(0, 9) + "201";
        administration.create(DemoAreas.COUNTY, township, "计数镇");
        administration.create(township, village, "计数村");
        households.apply(TestHouseholds.application(village), "test");
        households.apply(TestHouseholds.application(village), "test");

        AreaNode county = administration.tree().stream().map(root -> find(root, DemoAreas.COUNTY))
            .filter(n -> n != null).findFirst().orElseThrow();
        AreaNode node = find(county, township);

        assertThat(node.households()).isEqualTo(2);
        assertThat(node.children()).singleElement().satisfies(v -> assertThat(v.households()).isEqualTo(2));
        assertThat(county.households()).isGreaterThanOrEqualTo(2);
    }

    static AreaNode find(AreaNode from, String code) {
        if (from.area().getCode().equals(code)) {
            return from;
        }
        return from.children().stream().map(c -> find(c, code)).filter(n -> n != null).findFirst().orElse(null);
    }

}
