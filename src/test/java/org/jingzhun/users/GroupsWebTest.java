package org.jingzhun.users;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jingzhun.demo.DemoAreas;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GroupsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    DemoAreas areas;

    @BeforeEach
    void demoAreas() {
        areas.ensure();
    }

    @Test
    void groupsListShowsRoleAreaAndMemberCount() throws Exception {
        String id = UniqueIds.user("grouped");
        users.create(id, "组员", null, "Strong-pass-2024");
        String group = users.grant(id, Role.HOUSING, DemoAreas.COUNTY);

        mvc.perform(get("/admin/groups").with(WebUsers.as("web-admin", AreaGroups.ADMINS))
            .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(view().name("users/groups"))
            .andExpect(model().attributeExists("groups"))
            .andExpect(content().string(containsString("href=\"/admin/groups/" + group + "\"")))
            .andExpect(content().string(containsString("Housing department")));

        mvc.perform(get("/admin/groups/" + group).with(WebUsers.as("web-admin", AreaGroups.ADMINS)))
            .andExpect(status().isOk())
            .andExpect(view().name("users/group"))
            .andExpect(content().string(containsString("href=\"/admin/users/" + id + "\"")))
            .andExpect(content().string(containsString("康乐县")));
    }

    @Test
    void unknownGroupIsNotFound() throws Exception {
        mvc.perform(get("/admin/groups/no-such-group").with(WebUsers.as("web-admin", AreaGroups.ADMINS)))
            .andExpect(status().isNotFound());
    }

    @Test
    void groupsWhenNotAdministratorThenForbidden() throws Exception {
        mvc.perform(get("/admin/groups").with(WebUsers.township())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/groups/" + AreaGroups.ADMINS).with(WebUsers.cadre()))
            .andExpect(status().isForbidden());
    }

}
