package org.jingzhun.household.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.jingzhun.household.web.FileFixtures.CADRE;
import static org.jingzhun.household.web.FileFixtures.COUNTY_USER;
import static org.jingzhun.household.web.FileFixtures.OTHER_VILLAGE;
import static org.jingzhun.household.web.FileFixtures.PASSWORD;
import static org.jingzhun.household.web.FileFixtures.VILLAGE_A;
import static org.jingzhun.household.web.FileFixtures.named;
import static org.jingzhun.household.web.FileFixtures.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.household.MemberForm;
import org.jingzhun.household.MemberRepository;
import org.jingzhun.support.EnglishBrowser;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/households} with HTTP Basic: the register, the file and new applications as JSON. */
@IntegrationTest
class HouseholdApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    HouseholdRepository households;

    @Autowired
    MemberRepository members;

    @Autowired
    ProcessSteps steps;

    @Autowired
    IdentityService identity;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @BeforeEach
    void demoCounty() {
        mvc = EnglishBrowser.of(context); // these tests read the English texts
        areas.ensure();
        users.ensure(PASSWORD);
        FileFixtures.ensureUsers(identity);
    }

    static RequestPostProcessor cadre() {
        return httpBasic(CADRE, PASSWORD);
    }

    static RequestPostProcessor county() {
        return httpBasic(COUNTY_USER, PASSWORD);
    }

    @Test
    void apiWhenAnonymousThenUnauthorized() throws Exception {
        mvc.perform(get("/api/households")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/households").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void listSearchesWithinTheCallersAreas() throws Exception {
        String token = uniqueName("接");
        lifecycle.apply(named(VILLAGE_A, token + "本村", 2), "cadre");
        lifecycle.apply(named(OTHER_VILLAGE, token + "外村", 2), "cadre");

        mvc.perform(get("/api/households").param("q", token).with(cadre()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].headName").value(token + "本村"))
            .andExpect(jsonPath("$.content[0].villageName").value("城南村"))
            .andExpect(jsonPath("$.content[0].status").value("APPLIED"))
            .andExpect(jsonPath("$.content[0].stage").value("IDENTIFICATION"));
        mvc.perform(get("/api/households").param("q", token).param("status", "APPLIED").with(county()))
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.content[*].headName", containsInAnyOrder(token + "本村", token + "外村")));
    }

    @Test
    void getShowsProfileMembersLedgersAndOpenSteps() throws Exception {
        String head = uniqueName("取");
        Long id = lifecycle.apply(named(VILLAGE_A, head, 2), "cadre");
        String headId = members.findByHouseholdIdOrderById(id).get(0).getIdNumber();
        String taskId = steps.task(id, "Task_SurveyHousehold").getId();

        mvc.perform(get("/api/households/" + id).with(cadre()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.headName").value(head))
            .andExpect(jsonPath("$.status").value("APPLIED"))
            .andExpect(jsonPath("$.stage").value("IDENTIFICATION"))
            .andExpect(jsonPath("$.members.length()").value(2))
            .andExpect(jsonPath("$.members[0].idNumber").value(headId))
            .andExpect(jsonPath("$.ledgers.income").isArray())
            .andExpect(jsonPath("$.ledgers.measures.plannedCost").value(0))
            .andExpect(jsonPath("$.ledgers.responsibility.visits").value(0))
            .andExpect(jsonPath("$.openTasks[0].id").value(taskId))
            .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey").value("Task_SurveyHousehold"))
            .andExpect(jsonPath("$.currentSteps[0]").value("Task_SurveyHousehold"));
        mvc.perform(get("/api/households/" + id).with(county()))
            .andExpect(jsonPath("$.members[0].idNumber").value("*".repeat(14) + headId.substring(14)))
            .andExpect(content().string(not(containsString(headId))));
    }

    @Test
    void getOfAnotherAreaIsNotFoundAndLeaksNothing() throws Exception {
        String head = uniqueName("隐");
        Long id = lifecycle.apply(named(OTHER_VILLAGE, head, 2), "cadre");

        mvc.perform(get("/api/households/" + id).with(cadre()))
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString(head))));
    }

    @Test
    void createByCadreStoresTheApplicationAndStartsTheLifecycle() throws Exception {
        String head = uniqueName("建");
        HouseholdApplication application = named(VILLAGE_A, head, 2);

        String location = mvc.perform(post("/api/households").with(cadre())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(application)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/households/")))
            .andExpect(jsonPath("$.headName").value(head))
            .andExpect(jsonPath("$.openTasks[*].taskDefinitionKey", hasItem("Task_SurveyHousehold")))
            .andReturn()
            .getResponse()
            .getHeader("Location");

        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        assertThat(households.findById(id)).get().extracting("headName").isEqualTo(head);
        assertThat(steps.openKeys(id)).containsExactly("Task_SurveyHousehold");
        mvc.perform(get(location).with(cadre())).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void createWithInvalidValuesAnswersFieldErrorsAndStoresNothing() throws Exception {
        long before = households.count();
        HouseholdApplication valid = named(VILLAGE_A, uniqueName("错"), 5);
        List<MemberForm> listed = new ArrayList<>(valid.members());
        MemberForm spouse = listed.get(1);
        String badId = ApplicationParams.withWrongCheckDigit(spouse.idNumber());
        listed.set(1, new MemberForm(spouse.name(), spouse.sex(), badId, spouse.relation(), null, null, null, null,
                null, null, null, null, null, null, null));
        HouseholdApplication invalid = new HouseholdApplication(VILLAGE_A, valid.headName(), null, null, null, null,
                7, valid.mainCause(), List.of(), listed, null, null, null, null);

        mvc.perform(post("/api/households").with(cadre())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(invalid)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("declaredSize", "members[1].idNumber")))
            .andExpect(jsonPath("$.errors[?(@.field == 'declaredSize')].code")
                .value("validation.declaredSize.mismatch"))
            .andExpect(jsonPath("$.errors[?(@.field == 'declaredSize')].message")
                .value("Household size is declared as 7 but 5 members are listed."))
            .andExpect(jsonPath("$.errors[?(@.field == 'members[1].idNumber')].code")
                .value("validation.idNumber.checkDigit"));
        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void createWithUnreadableValueNamesTheField() throws Exception {
        long before = households.count();
        Map<String, Object> body = Map.of("villageCode", VILLAGE_A, "headName", "读", "declaredSize", 1, "mainCause",
                "BAD_LUCK");

        mvc.perform(post("/api/households").with(cadre()).contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("mainCause"))
            .andExpect(jsonPath("$.errors[0].code").value("validation.unreadable"));
        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void createWhenNotCadreThenForbidden() throws Exception {
        long before = households.count();

        mvc.perform(post("/api/households").with(county())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(named(VILLAGE_A, uniqueName("禁"), 2))))
            .andExpect(status().isForbidden());
        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void createForAVillageNotTheCadresIsAFieldError() throws Exception {
        long before = households.count();

        mvc.perform(post("/api/households").with(cadre())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(named(OTHER_VILLAGE, uniqueName("越"), 2))))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("villageCode"))
            .andExpect(jsonPath("$.errors[0].code").value("validation.village.notYours"));
        assertThat(households.count()).isEqualTo(before);
    }

}
