package org.jingzhun.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminHomeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void adminPageListsEveryAdministrationPageForAdministrators() throws Exception {
        mvc.perform(get("/admin").with(WebUsers.as("admin", AreaGroups.ADMINS)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(view().name("admin/index"))
            .andExpect(content().string(containsString("href=\"/admin/models\"")))
            .andExpect(content().string(containsString("href=\"/admin/policy\"")))
            .andExpect(content().string(containsString("href=\"/camunda/app/admin/default/\"")));
    }

    @Test
    void adminPageWhenCadreThenForbidden() throws Exception {
        mvc.perform(get("/admin").with(WebUsers.cadre())).andExpect(status().isForbidden());
    }

    @Test
    void menuShowsReportsToEveryoneAndAdministrationOnlyToAdministrators() throws Exception {
        mvc.perform(get("/inbox").with(WebUsers.cadre()))
            .andExpect(content().string(containsString("href=\"/reports\"")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/admin\""))));
    }

}
