package org.jingzhun.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.camunda.bpm.engine.IdentityService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class UsersWebTest {

    static final String PASSWORD = "Strong-pass-2024";

    @Autowired
    MockMvc mvc;

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

    static RequestPostProcessor admin() {
        return WebUsers.as("web-admin", AreaGroups.ADMINS);
    }

    String existing() {
        String id = UniqueIds.user("web");
        users.create(id, "网页 " + id, null, PASSWORD);
        return id;
    }

    @Test
    void listShowsUsersWithTheirRolesAndAreasInEnglish() throws Exception {
        String id = existing();
        users.grant(id, Role.CADRE, DemoAreas.VILLAGE_A);

        mvc.perform(get("/admin/users").param("q", id).with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(view().name("users/list"))
            .andExpect(result -> assertThat(((UserPage) result.getModelAndView().getModel().get("users")).total())
                .isEqualTo(1L))
            .andExpect(content().string(containsString("href=\"/admin/users/" + id + "\"")))
            .andExpect(content().string(containsString("Assistance cadre")))
            .andExpect(content().string(containsString("城南村")));
    }

    @Test
    void listSpeaksChineseByDefault() throws Exception {
        String id = existing();
        users.grant(id, Role.TOWNSHIP, DemoAreas.TOWNSHIP_FUCHENG);

        mvc.perform(get("/admin/users").param("q", id).with(admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("乡镇审核")))
            .andExpect(content().string(containsString("附城镇")));
    }

    @Test
    void createRedirectsToTheNewUser() throws Exception {
        String id = UniqueIds.user("webnew");

        mvc.perform(post("/admin/users").with(admin()).with(csrf())
            .param("id", id).param("name", "王五").param("email", "wang@example.gov.cn").param("password", PASSWORD))
            .andExpect(redirectedUrl("/admin/users/" + id))
            .andExpect(flash().attributeExists("message"));

        assertThat(identityService.checkPassword(id, PASSWORD)).isTrue();
        mvc.perform(get("/admin/users/" + id).with(admin()))
            .andExpect(status().isOk())
            .andExpect(view().name("users/user"))
            .andExpect(content().string(containsString("王五")));
    }

    @Test
    void createWithWeakPasswordShowsTheFormAgainAndCreatesNothing() throws Exception {
        String id = UniqueIds.user("webweak");

        mvc.perform(post("/admin/users").with(admin()).with(csrf()).header("Accept-Language", "en")
            .param("id", id).param("name", "王五").param("password", "password"))
            .andExpect(status().isOk())
            .andExpect(view().name("users/new"))
            .andExpect(model().attributeHasFieldErrorCode("form", "password", "validation.password.weak"))
            .andExpect(content().string(containsString("at least 10 characters")));

        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void newUserFormHasNoDefaultPassword() throws Exception {
        mvc.perform(get("/admin/users/new").with(admin()))
            .andExpect(status().isOk())
            .andExpect(view().name("users/new"))
            .andExpect(content().string(containsString("name=\"password\" value=\"\"")));
    }

    @Test
    void editNameAndEmail() throws Exception {
        String id = existing();

        mvc.perform(post("/admin/users/" + id).with(admin()).with(csrf())
            .param("name", "改过的名字").param("email", "new@example.gov.cn"))
            .andExpect(redirectedUrl("/admin/users/" + id))
            .andExpect(flash().attributeExists("message"));

        assertThat(users.get(id).name()).isEqualTo("改过的名字");
        assertThat(users.get(id).email()).isEqualTo("new@example.gov.cn");
    }

    @Test
    void editWithBadEmailChangesNothing() throws Exception {
        String id = existing();

        mvc.perform(post("/admin/users/" + id).with(admin()).with(csrf()).param("name", "").param("email", "nope"))
            .andExpect(status().isOk())
            .andExpect(view().name("users/user"))
            .andExpect(model().attributeHasFieldErrorCode("form", "email", "validation.user.email.format"))
            .andExpect(model().attributeHasFieldErrorCode("form", "name", "validation.user.name.required"));

        assertThat(users.get(id).name()).isEqualTo("网页 " + id);
    }

    @Test
    void resetPasswordAndRefuseAWeakOne() throws Exception {
        String id = existing();

        mvc.perform(post("/admin/users/" + id + "/password").with(admin()).with(csrf()).param("password", "abc"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "validation.password.weak"));
        assertThat(identityService.checkPassword(id, PASSWORD)).isTrue();

        mvc.perform(post("/admin/users/" + id + "/password").with(admin()).with(csrf())
            .param("password", "Brand-new-pass-1"))
            .andExpect(redirectedUrl("/admin/users/" + id))
            .andExpect(flash().attributeExists("message"));
        assertThat(identityService.checkPassword(id, "Brand-new-pass-1")).isTrue();
    }

    @Test
    void grantRoleInAreaAndRevokeIt() throws Exception {
        String id = existing();

        mvc.perform(post("/admin/users/" + id + "/memberships").with(admin()).with(csrf())
            .param("role", "committee").param("areaCode", DemoAreas.VILLAGE_B))
            .andExpect(redirectedUrl("/admin/users/" + id))
            .andExpect(flash().attributeExists("message"));
        assertThat(users.get(id).memberships()).extracting(Membership::groupId)
            .containsExactly(AreaGroups.committee(DemoAreas.VILLAGE_B));

        mvc.perform(post("/admin/users/" + id + "/memberships/delete").with(admin()).with(csrf())
            .param("groupId", AreaGroups.committee(DemoAreas.VILLAGE_B)))
            .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(users.get(id).memberships()).isEmpty();
    }

    @Test
    void grantWithAnAreaOfTheWrongLevelShowsTheErrorAndGrantsNothing() throws Exception {
        String id = existing();

        mvc.perform(post("/admin/users/" + id + "/memberships").with(admin()).with(csrf())
            .header("Accept-Language", "en").param("role", "county").param("areaCode", DemoAreas.VILLAGE_A))
            .andExpect(status().isOk())
            .andExpect(view().name("users/user"))
            .andExpect(model().attributeHasFieldErrorCode("grantForm", "areaCode", "validation.membership.level"))
            .andExpect(content().string(containsString("is not of the level this role needs")));
        assertThat(users.get(id).memberships()).isEmpty();
    }

    @Test
    void unlockDisableAndDelete() throws Exception {
        String id = existing();

        mvc.perform(post("/admin/users/" + id + "/unlock").with(admin()).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/admin/users/" + id + "/disable").with(admin()).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/" + id))
            .andExpect(flash().attributeExists("message"));
        assertThat(users.get(id).disabled()).isTrue();

        mvc.perform(post("/admin/users/" + id + "/delete").with(admin()).with(csrf()))
            .andExpect(redirectedUrl("/admin/users"))
            .andExpect(flash().attributeExists("message"));
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void deletingYourselfIsRefusedWithAMessage() throws Exception {
        String id = existing();
        users.grant(id, Role.ADMIN, null);

        mvc.perform(post("/admin/users/" + id + "/delete").with(WebUsers.as(id, AreaGroups.ADMINS)).with(csrf())
            .header("Accept-Language", "en"))
            .andExpect(redirectedUrl("/admin/users/" + id))
            .andExpect(flash().attribute("error", "You cannot delete your own account."));
        assertThat(identityService.createUserQuery().userId(id).count()).isOne();
    }

    @Test
    void removingYourOwnAdministratorRoleIsRefusedWithAMessage() throws Exception {
        String id = existing();
        users.grant(id, Role.ADMIN, null);

        mvc.perform(post("/admin/users/" + id + "/memberships/delete").with(WebUsers.as(id, AreaGroups.ADMINS))
            .with(csrf()).param("groupId", AreaGroups.ADMINS))
            .andExpect(redirectedUrl("/admin/users/" + id))
            .andExpect(flash().attribute("error", "不能移除自己的管理员角色。"));
        assertThat(users.get(id).isAdmin()).isTrue();
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/no-such-user-here").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void everyPageAndActionWhenNotAdministratorThenForbidden() throws Exception {
        String id = existing();
        for (RequestPostProcessor user : new RequestPostProcessor[] { WebUsers.cadre(), WebUsers.county() }) {
            mvc.perform(get("/admin/users").with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/" + id).with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + id + "/password").with(user).with(csrf())
                .param("password", "Brand-new-pass-1")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + id + "/delete").with(user).with(csrf()))
                .andExpect(status().isForbidden());
        }
        assertThat(identityService.checkPassword(id, PASSWORD)).isTrue();
    }

    @Test
    void anonymousGoesToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/admin/groups")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

}
