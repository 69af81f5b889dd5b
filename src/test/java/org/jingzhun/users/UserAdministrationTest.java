package org.jingzhun.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jingzhun.support.ValidationFailures.validationFailure;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.security.UserScope;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class UserAdministrationTest {

    static final String PASSWORD = "Strong-pass-2024";

    @Autowired
    UserAdministration users;

    @Autowired
    IdentityService identityService;

    @Autowired
    DemoAreas areas;

    @BeforeEach
    void demoAreas() {
        areas.ensure();
    }

    String newUser(String prefix) {
        String id = UniqueIds.user(prefix);
        users.create(id, "测试 " + id, id + "@example.gov.cn", PASSWORD);
        return id;
    }

    @Test
    void createdUserSignsInWithItsPasswordHashedByBCrypt() {
        String id = newUser("create");

        User stored = identityService.createUserQuery().userId(id).singleResult();
        assertThat(stored.getFirstName()).isEqualTo("测试 " + id);
        assertThat(stored.getEmail()).isEqualTo(id + "@example.gov.cn");
        assertThat(identityService.checkPassword(id, PASSWORD)).isTrue();
        assertThat(stored.getPassword()).startsWith("{BCRYPT}");
    }

    @Test
    void rejectsWeakPasswordsAndBadIdsAndChangesNothing() {
        String id = UniqueIds.user("weak");

        assertThat(validationFailure(() -> users.create(id, "x", null, "short1")).codes())
            .containsExactly("validation.password.weak");
        assertThat(validationFailure(() -> users.create(id, "x", null, "onlyletterslong")).codes())
            .containsExactly("validation.password.weak");
        assertThat(validationFailure(() -> users.create(id, "x", null, id + "-2024x")).codes())
            .containsExactly("validation.password.containsId");
        assertThat(validationFailure(() -> users.create(id, "x", null, "")).codes())
            .containsExactly("validation.password.required");
        assertThat(validationFailure(() -> users.create("bad id!", " ", "no-at", PASSWORD)).codes())
            .containsExactly("validation.user.id.format", "validation.user.name.required",
                    "validation.user.email.format");
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void rejectsATakenUserId() {
        String id = newUser("taken");

        assertThat(validationFailure(() -> users.create(id, "again", null, PASSWORD)).codes())
            .containsExactly("validation.user.id.taken");
    }

    @Test
    void membershipsBecomeTheUsersRolesAndAreaScope() {
        String id = newUser("scope");

        users.grant(id, Role.CADRE, DemoAreas.VILLAGE_A);
        users.grant(id, Role.TOWNSHIP, "622922101000");
        users.grant(id, Role.HEALTH, DemoAreas.COUNTY);

        List<String> groups = identityService.createGroupQuery().groupMember(id).list().stream()
            .map(g -> g.getId()).toList();
        UserScope scope = UserScope.of(id, groups);
        assertThat(scope.roles()).containsExactlyInAnyOrder("cadre", "township", "department");
        assertThat(scope.covers(DemoAreas.VILLAGE_A)).isTrue();
        assertThat(scope.covers("622922101203")).isTrue();
        assertThat(groups).contains(AreaGroups.department("health", DemoAreas.COUNTY));
        assertThat(users.get(id).memberships()).extracting(Membership::role, Membership::areaName)
            .contains(org.assertj.core.groups.Tuple.tuple(Role.CADRE, "城南村"),
                    org.assertj.core.groups.Tuple.tuple(Role.TOWNSHIP, "苏集镇"));
    }

    @Test
    void grantCreatesAMissingGroupWithAReadableName() {
        String id = newUser("newgroup");

        users.grant(id, Role.WATER, DemoAreas.COUNTY);
        String group = users.grant(id, Role.COMMITTEE, "622922102203");

        assertThat(identityService.createGroupQuery().groupId(group).singleResult().getName()).isEqualTo("红崖村 村两委");
        assertThat(identityService.createGroupQuery().groupId(group).singleResult().getType())
            .isEqualTo(AreaGroups.COMMITTEE);
    }

    @Test
    void rejectsAnAreaOfTheWrongLevelOrUnknownAndAddsNoGroup() {
        String id = newUser("level");

        assertThat(validationFailure(() -> users.grant(id, Role.CADRE, DemoAreas.TOWNSHIP_FUCHENG)).codes())
            .containsExactly("validation.membership.level");
        assertThat(validationFailure(() -> users.grant(id, Role.COUNTY, DemoAreas.VILLAGE_A)).codes())
            .containsExactly("validation.membership.level");
        assertThat(validationFailure(() -> users.grant(id, Role.TOWNSHIP, "622922999000")).codes())
            .containsExactly("validation.membership.area");
        assertThat(validationFailure(() -> users.grant(id, null, DemoAreas.VILLAGE_A)).codes())
            .containsExactly("validation.membership.role");
        assertThat(identityService.createGroupQuery().groupMember(id).count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("cadre-" + DemoAreas.TOWNSHIP_FUCHENG).count()).isZero();
    }

    @Test
    void grantingTheSameRoleTwiceIsRefused() {
        String id = newUser("twice");
        users.grant(id, Role.CADRE, DemoAreas.VILLAGE_B);

        assertThat(validationFailure(() -> users.grant(id, Role.CADRE, DemoAreas.VILLAGE_B)).codes())
            .containsExactly("validation.membership.exists");
    }

    @Test
    void revokeRemovesTheMembershipOnly() {
        String id = newUser("revoke");
        String group = users.grant(id, Role.CADRE, DemoAreas.VILLAGE_C);

        users.revoke(id, group, "someone-else");

        assertThat(identityService.createUserQuery().memberOfGroup(group).userId(id).count()).isZero();
        assertThat(identityService.createGroupQuery().groupId(group).count()).isOne();
    }

    @Test
    void updateChangesNameAndEmailAndValidatesThem() {
        String id = newUser("update");

        users.update(id, "新名字", "");
        assertThat(users.get(id).name()).isEqualTo("新名字");
        assertThat(users.get(id).email()).isNull();

        assertThat(validationFailure(() -> users.update(id, "", "x@y")).codes())
            .containsExactly("validation.user.name.required", "validation.user.email.format");
        assertThat(users.get(id).name()).isEqualTo("新名字");
    }

    @Test
    void resetPasswordChecksStrengthAndReplacesTheOldOne() {
        String id = newUser("reset");

        assertThat(validationFailure(() -> users.resetPassword(id, "weak")).codes())
            .containsExactly("validation.password.weak");
        assertThat(identityService.checkPassword(id, PASSWORD)).isTrue();

        users.resetPassword(id, "Another-pass-99");
        assertThat(identityService.checkPassword(id, "Another-pass-99")).isTrue();
        assertThat(identityService.checkPassword(id, PASSWORD)).isFalse();
    }

    @Test
    void lockedOutUserIsShownLockedAndUnlockLetsThemSignInAgain() {
        String id = newUser("locked");
        for (int i = 0; i < 12; i++) {
            identityService.checkPassword(id, "wrong-" + i);
        }
        assertThat(users.get(id).locked()).isTrue();
        assertThat(identityService.checkPassword(id, PASSWORD)).isFalse();

        users.unlock(id);

        assertThat(users.get(id).locked()).isFalse();
        assertThat(identityService.checkPassword(id, PASSWORD)).isTrue();
    }

    @Test
    void disabledUserCannotSignInUntilAPasswordReset() {
        String id = newUser("disable");

        users.disable(id, "someone-else");

        assertThat(users.get(id).disabled()).isTrue();
        assertThat(identityService.checkPassword(id, PASSWORD)).isFalse();
        users.resetPassword(id, "Back-again-2025");
        assertThat(users.get(id).disabled()).isFalse();
        assertThat(identityService.checkPassword(id, "Back-again-2025")).isTrue();
    }

    @Test
    void nobodyDeletesOrDisablesThemselvesOrDropsTheirOwnAdminRole() {
        String id = newUser("self");
        users.grant(id, Role.ADMIN, null);

        assertThat(validationFailure(() -> users.delete(id, id)).codes()).containsExactly("validation.user.self.delete");
        assertThat(validationFailure(() -> users.disable(id, id)).codes())
            .containsExactly("validation.user.self.disable");
        assertThat(validationFailure(() -> users.revoke(id, AreaGroups.ADMINS, id)).codes())
            .containsExactly("validation.user.self.revokeAdmin");
        assertThat(users.get(id).isAdmin()).isTrue();
        assertThat(users.get(id).disabled()).isFalse();
    }

    @Test
    void theLastEnabledAdministratorCannotBeDeletedDisabledOrDemoted() {
        List<String> otherAdmins = identityService.createUserQuery().memberOfGroup(AreaGroups.ADMINS).list()
            .stream().map(User::getId).toList();
        String last = newUser("lastadmin");
        String second = newUser("secondadmin");
        users.grant(last, Role.ADMIN, null);
        users.grant(second, Role.ADMIN, null);
        // the shared identity may hold other administrators: set them aside for this test, then put them back
        otherAdmins.forEach(admin -> identityService.deleteMembership(admin, AreaGroups.ADMINS));
        try {
            users.disable(second, last);

            assertThat(validationFailure(() -> users.delete(last, "someone-else")).codes())
                .containsExactly("validation.user.lastAdmin");
            assertThat(validationFailure(() -> users.disable(last, "someone-else")).codes())
                .containsExactly("validation.user.lastAdmin");
            assertThat(validationFailure(() -> users.revoke(last, AreaGroups.ADMINS, "someone-else")).codes())
                .containsExactly("validation.user.lastAdmin");
            assertThat(users.get(last).isAdmin()).isTrue();

            users.resetPassword(second, "Second-admin-77");
            users.delete(last, second);
            assertThatThrownBy(() -> users.get(last)).isInstanceOf(NotFoundException.class);
        }
        finally {
            otherAdmins.forEach(admin -> identityService.createMembership(admin, AreaGroups.ADMINS));
        }
    }

    @Test
    void searchFindsByIdNameOrEmailAndPages() {
        String marker = UniqueIds.user("searchable");
        for (int i = 0; i < UserAdministration.PAGE_SIZE + 3; i++) {
            users.create(marker + "-" + i, "Name " + i, null, PASSWORD);
        }
        users.create(UniqueIds.user("other"), "Zhang", marker + "@example.gov.cn", PASSWORD);

        UserPage first = users.search(marker.toUpperCase(), 0);
        UserPage second = users.search(marker, 1);

        assertThat(first.total()).isEqualTo(UserAdministration.PAGE_SIZE + 4);
        assertThat(first.rows()).hasSize(UserAdministration.PAGE_SIZE);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(second.rows()).hasSize(4);
        assertThat(second.hasNext()).isFalse();
        assertThat(users.search(marker, 99).page()).isEqualTo(1);
    }

}
