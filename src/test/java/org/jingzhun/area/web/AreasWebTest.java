package org.jingzhun.area.web;

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
import org.jingzhun.area.AreaAdministration;
import org.jingzhun.area.AreaRepository;
import org.jingzhun.area.TestAreaCodes;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.task.WebUsers;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AreasWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AreaAdministration administration;

    @Autowired
    IdentityService identityService;

    @Autowired
    AreaRepository areas;

    @Autowired
    HouseholdService households;

    @Autowired
    DemoAreas demoAreas;

    @BeforeEach
    void demoAreas() {
        demoAreas.ensure();
    }

    static RequestPostProcessor admin() {
        return WebUsers.as("web-admin", AreaGroups.ADMINS);
    }

    @Test
    void treeShowsCountyTownshipsAndVillagesWithHouseholdCounts() throws Exception {
        String township = TestAreaCodes.township();
        String village = township.substring(0, 9) + "201";
        administration.create(DemoAreas.COUNTY, township, "树镇");
        administration.create(township, village, "树村");
        households.apply(TestHouseholds.application(village), "test");

        mvc.perform(get("/admin/areas").with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(view().name("areas/tree"))
            .andExpect(model().attributeExists("tree"))
            .andExpect(content().string(containsString("康乐县")))
            .andExpect(content().string(containsString("href=\"/admin/areas/" + village + "\"")))
            .andExpect(content().string(containsString("1 households")));
    }

    @Test
    void areaPageOffersToAddTheNextLevel() throws Exception {
        mvc.perform(get("/admin/areas/" + DemoAreas.COUNTY).with(admin()).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(view().name("areas/area"))
            .andExpect(content().string(containsString("Add a Township")))
            .andExpect(content().string(containsString("12 digits starting with 622922")));
    }

    @Test
    void addRenameAndDeleteAnEmptyArea() throws Exception {
        String township = TestAreaCodes.township();

        mvc.perform(post("/admin/areas/" + DemoAreas.COUNTY + "/children").with(admin()).with(csrf())
            .param("code", township).param("name", "网页镇"))
            .andExpect(redirectedUrl("/admin/areas/" + DemoAreas.COUNTY))
            .andExpect(flash().attributeExists("message"));
        assertThat(areas.findById(township)).isPresent();

        mvc.perform(post("/admin/areas/" + township).with(admin()).with(csrf()).param("name", "改名镇"))
            .andExpect(redirectedUrl("/admin/areas/" + township));
        assertThat(areas.findById(township).orElseThrow().getName()).isEqualTo("改名镇");

        mvc.perform(post("/admin/areas/" + township + "/delete").with(admin()).with(csrf()))
            .andExpect(redirectedUrl("/admin/areas/" + DemoAreas.COUNTY))
            .andExpect(flash().attributeExists("message"));
        assertThat(areas.findById(township)).isEmpty();
    }

    @Test
    void badCodeShowsTheRuleAndAddsNothing() throws Exception {
        String township = TestAreaCodes.township();
        String wrong = "622923" + township.substring(6);

        mvc.perform(post("/admin/areas/" + DemoAreas.COUNTY + "/children").with(admin()).with(csrf())
            .header("Accept-Language", "en").param("code", wrong).param("name", "错镇"))
            .andExpect(status().isOk())
            .andExpect(view().name("areas/area"))
            .andExpect(model().attributeHasFieldErrorCode("childForm", "code", "validation.area.code.parent"))
            .andExpect(content().string(containsString("The code must start with 622922")));
        assertThat(areas.findById(wrong)).isEmpty();
    }

    @Test
    void blankRenameShowsTheErrorAndKeepsTheName() throws Exception {
        mvc.perform(post("/admin/areas/" + DemoAreas.VILLAGE_A).with(admin()).with(csrf()).param("name", " "))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("renameForm", "name", "validation.area.name.required"));
        assertThat(areas.findById(DemoAreas.VILLAGE_A).orElseThrow().getName()).isNotBlank();
    }

    @Test
    void deletingAnAreaWithHouseholdsIsRefusedWithAMessage() throws Exception {
        String township = TestAreaCodes.township();
        String village = township.substring(0, 9) + "201";
        administration.create(DemoAreas.COUNTY, township, "满镇");
        administration.create(township, village, "满村");
        households.apply(TestHouseholds.application(village), "test");

        mvc.perform(post("/admin/areas/" + village + "/delete").with(admin()).with(csrf())
            .header("Accept-Language", "en"))
            .andExpect(redirectedUrl("/admin/areas/" + village))
            .andExpect(flash().attribute("error", "This area has 1 households and cannot be deleted."));
        assertThat(areas.findById(village)).isPresent();
    }

    @Test
    void deletingAnAreaWhereSomeoneHasARoleIsRefusedWithAMessage() throws Exception {
        String township = TestAreaCodes.township();
        administration.create(DemoAreas.COUNTY, township, "有干部镇");
        String user = "areas-web-" + township;
        identityService.saveUser(identityService.newUser(user));
        identityService.saveGroup(identityService.newGroup("township-" + township));
        identityService.createMembership(user, "township-" + township);

        mvc.perform(post("/admin/areas/" + township + "/delete").with(admin()).with(csrf())
            .header("Accept-Language", "zh-CN"))
            .andExpect(redirectedUrl("/admin/areas/" + township))
            .andExpect(flash().attribute("error", "仍有 1 人在此区划担任角色，请先在用户页面撤销其角色。"));
        assertThat(areas.findById(township)).isPresent();
    }

    @Test
    void unknownAreaIsNotFound() throws Exception {
        mvc.perform(get("/admin/areas/000000000001").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void areasWhenNotAdministratorThenForbiddenAndAnonymousToLogin() throws Exception {
        String township = TestAreaCodes.township();
        mvc.perform(get("/admin/areas").with(WebUsers.county())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/areas/" + DemoAreas.COUNTY + "/children").with(WebUsers.county()).with(csrf())
            .param("code", township).param("name", "偷建镇")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/areas")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        assertThat(areas.findById(township)).isEmpty();
    }

}
