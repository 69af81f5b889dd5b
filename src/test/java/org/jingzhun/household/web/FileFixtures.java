package org.jingzhun.household.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.MemberForm;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users and households for the register, file and application tests. */
final class FileFixtures {

    static final String VILLAGE_A = "622922100201";

    static final String VILLAGE_B = "622922100202";

    /** In 苏集镇, outside the cadre's and the 附城镇 township's areas. */
    static final String OTHER_VILLAGE = "622922101201";

    static final String COUNTY = "622922000000";

    static final String PASSWORD = "file-test-password";

    /** Users of our own, so that no other test's demo password can get in the way of a real login. */
    static final String CADRE = "file-cadre";

    static final String COUNTY_USER = "file-county";

    private FileFixtures() {
    }

    /** A name no other household of the shared test database has. */
    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid application whose head has the given name. */
    static HouseholdApplication named(String village, String headName, int size) {
        HouseholdApplication app = TestHouseholds.application(village, size);
        List<MemberForm> members = new ArrayList<>(app.members());
        MemberForm head = members.get(0);
        members.set(0, new MemberForm(headName, head.sex(), head.idNumber(), head.relation(), head.ethnicity(),
                head.education(), head.schoolingStatus(), head.health(), head.labourAbility(), head.medicalInsured(),
                head.seriousIllnessInsured(), head.pensionInsured(), head.subsistenceAllowance(),
                head.migrantWorkPlace(), head.migrantMonths()));
        return new HouseholdApplication(village, headName, app.phone(), app.bankAccount(), app.attribute(),
                app.standard(), size, app.mainCause(), app.secondaryCauses(), members, app.housingGrade(),
                app.safeDrinkingWater(), app.cultivatedLand(), app.roadDistanceKm());
    }

    /** The cadre of villages A and B, as our login would put them on the session. */
    static RequestPostProcessor cadre() {
        return SecurityMockMvcRequestPostProcessors.user("cadre")
            .authorities(AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_CADRE",
                    "GROUP_" + AreaGroups.cadres(VILLAGE_A), "GROUP_" + AreaGroups.cadres(VILLAGE_B)));
    }

    static RequestPostProcessor county() {
        return SecurityMockMvcRequestPostProcessors.user("county")
            .authorities(AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_COUNTY",
                    "GROUP_" + AreaGroups.county(COUNTY)));
    }

    static RequestPostProcessor committee() {
        return SecurityMockMvcRequestPostProcessors.user("committee")
            .authorities(AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_COMMITTEE",
                    "GROUP_" + AreaGroups.committee(VILLAGE_A), "GROUP_" + AreaGroups.committee(VILLAGE_B)));
    }

    /** Real users with a password, for HTTP Basic and form login (the groups exist once DemoUsers.ensure ran). */
    static void ensureUsers(IdentityService identity) {
        ensureUser(identity, CADRE, AreaGroups.cadres(VILLAGE_A), AreaGroups.cadres(VILLAGE_B));
        ensureUser(identity, COUNTY_USER, AreaGroups.county(COUNTY));
    }

    private static void ensureUser(IdentityService identity, String id, String... groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("测试");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            for (String group : groups) {
                identity.createMembership(id, group);
            }
        }
    }

}
