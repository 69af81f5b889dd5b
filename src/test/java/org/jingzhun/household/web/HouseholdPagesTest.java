package org.jingzhun.household.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jingzhun.household.web.FileFixtures.OTHER_VILLAGE;
import static org.jingzhun.household.web.FileFixtures.VILLAGE_A;
import static org.jingzhun.household.web.FileFixtures.cadre;
import static org.jingzhun.household.web.FileFixtures.committee;
import static org.jingzhun.household.web.FileFixtures.county;
import static org.jingzhun.household.web.FileFixtures.named;
import static org.jingzhun.household.web.FileFixtures.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.demo.FileJourneys;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.household.MemberRepository;
import org.jingzhun.household.RegisterPage;
import org.jingzhun.support.EnglishBrowser;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

/** The register, the file, the stage diagram and the new-application page, per role and area. */
@IntegrationTest
class HouseholdPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    HouseholdRepository households;

    @Autowired
    MemberRepository members;

    @Autowired
    ProcessSteps steps;

    @Autowired
    WorkflowService workflow;

    @Autowired
    Today today;

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
        users.ensure(FileFixtures.PASSWORD);
    }

    Long apply(String village, String headName) {
        return lifecycle.apply(named(village, headName, 3), "cadre");
    }

    @Test
    void registerWhenAnonymousThenRedirectsToLogin() throws Exception {
        mvc.perform(get("/households")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/households/1")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/households/1/diagram.bpmn")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/households/new")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void registerWhenCadreThenShowsOwnVillagesOnly() throws Exception {
        String token = uniqueName("区");
        apply(VILLAGE_A, token + "本村");
        apply(OTHER_VILLAGE, token + "外村");

        mvc.perform(get("/households").param("q", token).with(cadre()))
            .andExpect(status().isOk())
            .andExpect(view().name("households/register"))
            .andExpect(content().string(allOf(containsString(token + "本村"), not(containsString(token + "外村")))))
            .andExpect(content().string(allOf(containsString("城南村"), containsString("苏家村"),
                    not(containsString("苏集村")))));
    }

    @Test
    void registerWhenCountyThenShowsEveryVillageOfTheCounty() throws Exception {
        String token = uniqueName("县");
        apply(VILLAGE_A, token + "本村");
        apply(OTHER_VILLAGE, token + "外村");

        mvc.perform(get("/households").param("q", token).with(county()))
            .andExpect(content().string(allOf(containsString(token + "本村"), containsString(token + "外村"))));
    }

    @Test
    void registerFindsByHouseholdNumberHeadNameOrMemberId() throws Exception {
        String head = uniqueName("搜");
        Long id = apply(VILLAGE_A, head);
        Household household = households.findById(id).orElseThrow();
        String spouseId = members.findByHouseholdIdOrderById(id).get(1).getIdNumber();
        String otherHead = uniqueName("另");
        apply(VILLAGE_A, otherHead);

        for (String q : List.of(household.getHouseholdNumber(), head, spouseId, spouseId.toLowerCase())) {
            mvc.perform(get("/households").param("q", q).with(cadre()))
                .andExpect(result -> assertThat(((RegisterPage) result.getModelAndView().getModel().get("result"))
                    .total()).as(q).isEqualTo(1))
                .andExpect(content().string(allOf(containsString(head), containsString("/households/" + id),
                        not(containsString(otherHead)))));
        }
    }

    @Test
    void registerFiltersByVillageStatusAndStage() throws Exception {
        String token = uniqueName("筛");
        apply(VILLAGE_A, token + "甲");

        mvc.perform(get("/households").param("q", token).param("status", "APPLIED").param("stage", "IDENTIFICATION")
            .param("village", VILLAGE_A).with(cadre())).andExpect(content().string(containsString(token + "甲")));
        mvc.perform(get("/households").param("q", token).param("status", "POOR").with(cadre()))
            .andExpect(content().string(not(containsString(token + "甲"))));
        mvc.perform(get("/households").param("q", token).param("stage", "ASSISTANCE").with(cadre()))
            .andExpect(content().string(not(containsString(token + "甲"))));
        mvc.perform(get("/households").param("q", token).param("village", FileFixtures.VILLAGE_B).with(cadre()))
            .andExpect(content().string(not(containsString(token + "甲"))));
    }

    @Test
    void registerPagesThroughLongResults() throws Exception {
        String token = uniqueName("页");
        for (int i = 0; i < 3; i++) {
            apply(VILLAGE_A, token + i);
        }

        mvc.perform(get("/households").param("q", token).param("size", "2").with(cadre()))
            .andExpect(content().string(allOf(containsString(token + "0"), containsString(token + "1"),
                    not(containsString(token + "2")), containsString("page=1"))));
        mvc.perform(get("/households").param("q", token).param("size", "2").param("page", "1").with(cadre()))
            .andExpect(content().string(allOf(containsString(token + "2"), not(containsString(token + "0")))));
    }

    @Test
    void fileOfAnotherAreaIsNotFoundAndLeaksNothing() throws Exception {
        String head = uniqueName("密");
        Long id = apply(OTHER_VILLAGE, head);

        mvc.perform(get("/households/" + id).with(cadre()))
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString(head))));
        mvc.perform(get("/households/" + id + "/diagram.bpmn").with(cadre()))
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString("IdentificationProcess"))));
        mvc.perform(get("/households/999999999").with(cadre())).andExpect(status().isNotFound());
    }

    @Test
    void fileOfANewApplicationShowsTheSurveyWaitingInTheDiagram() throws Exception {
        String head = uniqueName("新");
        Long id = apply(VILLAGE_A, head);
        String taskId = steps.task(id, "Task_SurveyHousehold").getId();

        mvc.perform(get("/households/" + id).with(cadre()))
            .andExpect(status().isOk())
            .andExpect(view().name("households/file"))
            .andExpect(content().string(allOf(containsString(head), containsString("data-bpmn-viewer"),
                    containsString("data-xml-url=\"/households/" + id + "/diagram.bpmn\""),
                    containsString("data-active=\"Task_SurveyHousehold\""), containsString("/vendor/bpmn-viewer.js"),
                    containsString("/vendor/diagram-js.css"), containsString("/vendor/bpmn-js.css"),
                    containsString("href=\"/tasks/" + taskId + "\""))));
    }

    @Test
    void fileShowsTheThreeLedgersTimelineOpenStepsAndCurrentStep() throws Exception {
        String head = uniqueName("账");
        Long id = apply(VILLAGE_A, head);
        FileJourneys.toFirstVisit(workflow, id, VILLAGE_A, today.date());
        workflow.runTimerNow(id, "TimerEvent_NextVisitDue");
        String taskId = steps.task(id, "Task_RecordIncome").getId();

        mvc.perform(get("/households/" + id).with(cadre()))
            .andExpect(status().isOk())
            // household and income: the year's per-capita net income beside the poverty line
            .andExpect(content().string(allOf(containsString("id=\"ledger-income\""),
                    containsString("Per-capita net income"), containsString("4,000.00 yuan"))))
            // measures and funds: both planned measures, delivered, with totals
            .andExpect(content().string(allOf(containsString("id=\"ledger-measures\""),
                    containsString("发展中药材种植 5 亩"), containsString("参加技能培训并转移就业"),
                    containsString("4,500.00 yuan"), containsString("5,600.00 yuan"))))
            // responsibility, visits and sign-offs
            .andExpect(content().string(allOf(containsString("id=\"ledger-responsibility\""),
                    containsString("两不愁三保障均已落实"), containsString("村民代表评议通过"),
                    containsString("votesFor=23"), containsString("同意纳入建档立卡"))))
            // the timeline: stages, decisions with who and why, notices, status changes
            .andExpect(content().string(allOf(containsString("Stage entered: Identification"),
                    containsString("Stage entered: Assistance"), containsString("Democratic appraisal: Approved"),
                    containsString("signed by county (County approver, County level)"),
                    containsString("Status changed: Applied → Poor, not yet exited"),
                    containsString("Public notice: Village notice of poor-household identification "
                            + "(passed without objection)"))))
            .andExpect(content().string(allOf(containsString("href=\"/tasks/" + taskId + "\""),
                    containsString("data-active=\"Task_RecordIncome\""))));
    }

    @Test
    void fileShowsMaskedIdsToEveryoneButTheVillagesCadres() throws Exception {
        Long id = apply(VILLAGE_A, uniqueName("码"));
        String headId = members.findByHouseholdIdOrderById(id).get(0).getIdNumber();
        String masked = "*".repeat(14) + headId.substring(14);

        mvc.perform(get("/households/" + id).with(cadre()))
            .andExpect(content().string(allOf(containsString(headId), not(containsString(masked)))));
        mvc.perform(get("/households/" + id).with(committee()))
            .andExpect(content().string(allOf(containsString(masked), not(containsString(headId)))));
        mvc.perform(get("/households/" + id).with(county()))
            .andExpect(content().string(allOf(containsString(masked), not(containsString(headId)))));
    }

    @Test
    void fileSpeaksChineseWithChineseDates() throws Exception {
        Long id = apply(VILLAGE_A, uniqueName("中"));
        String applied = households.findById(id).orElseThrow().getAppliedOn()
            .format(DateTimeFormatter.ofPattern("yyyy年M月d日"));

        mvc.perform(get("/households/" + id).header("Accept-Language", "zh-CN").with(cadre()))
            .andExpect(content().string(allOf(containsString("三本账"), containsString("家庭收入台账"),
                    containsString("进入阶段：识别"), containsString(applied))));
    }

    @Test
    void diagramWhenInScopeThenReturnsTheCurrentStagesBpmn() throws Exception {
        Long id = apply(VILLAGE_A, uniqueName("图"));

        mvc.perform(get("/households/" + id + "/diagram.bpmn").with(cadre()))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
            .andExpect(content().string(allOf(containsString("<bpmn:process id=\"IdentificationProcess\""),
                    containsString("Task_SurveyHousehold"), containsString("bpmndi:BPMNDiagram"))));
    }

    @Test
    void fileOfAFinishedLifecycleHasNoDiagram() throws Exception {
        Long id = apply(VILLAGE_A, uniqueName("止"));
        FileJourneys.rejectedAtAppraisal(workflow, id, VILLAGE_A, today.date());

        mvc.perform(get("/households/" + id).with(cadre()))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(not(containsString("data-bpmn-viewer")),
                    containsString("The lifecycle has ended"),
                    containsString("Status changed: Applied → Not identified"),
                    containsString("家庭有经营性收入，不符合识别标准"))));
        mvc.perform(get("/households/" + id + "/diagram.bpmn").with(cadre())).andExpect(status().isNotFound());
    }

    @Test
    void newApplicationFormOffersTheCadresVillagesOnly() throws Exception {
        mvc.perform(get("/households/new").with(cadre()))
            .andExpect(status().isOk())
            .andExpect(view().name("households/new"))
            .andExpect(content().string(allOf(containsString("value=\"" + VILLAGE_A + "\""),
                    containsString("value=\"" + FileFixtures.VILLAGE_B + "\""),
                    not(containsString("value=\"" + OTHER_VILLAGE + "\"")), containsString("name=\"_csrf\""),
                    containsString("name=\"members[0].idNumber\""), containsString("name=\"_addMember\""))));
    }

    @Test
    void newApplicationWhenNotCadreThenForbidden() throws Exception {
        long before = households.count();
        MultiValueMap<String, String> params = ApplicationParams.household(VILLAGE_A, uniqueName("禁"), 1);

        mvc.perform(get("/households/new").with(county())).andExpect(status().isForbidden());
        mvc.perform(get("/households/new").with(committee())).andExpect(status().isForbidden());
        mvc.perform(post("/households/new").params(params).with(county()).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void newApplicationByCadreCreatesTheHouseholdAndStartsItsLifecycle() throws Exception {
        String head = uniqueName("申");
        String headId = ApplicationParams.freshId();
        MultiValueMap<String, String> params = ApplicationParams.household(VILLAGE_A, head, 2);
        ApplicationParams.member(params, 0, head, headId, "HEAD");
        ApplicationParams.member(params, 1, head + "妻", ApplicationParams.freshId(), "SPOUSE");

        String location = mvc.perform(post("/households/new").params(params).with(cadre()).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/households/*"))
            .andExpect(flash().attribute("message", containsString("the household survey is waiting")))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        Household household = households.findById(id).orElseThrow();
        assertThat(household.getHeadName()).isEqualTo(head);
        assertThat(household.getVillageCode()).isEqualTo(VILLAGE_A);
        assertThat(members.findByHouseholdIdOrderById(id)).extracting("idNumber").hasSize(2).contains(headId);
        assertThat(steps.openKeys(id)).containsExactly("Task_SurveyHousehold");
    }

    @Test
    void invalidApplicationShowsErrorsBesideTheFieldsAndStoresNothing() throws Exception {
        long before = households.count();
        String head = uniqueName("误");
        String badId = ApplicationParams.withWrongCheckDigit(ApplicationParams.freshId());
        MultiValueMap<String, String> params = ApplicationParams.household(VILLAGE_A, head, 7);
        ApplicationParams.member(params, 0, head, ApplicationParams.freshId(), "HEAD");
        ApplicationParams.member(params, 1, "成员一", badId, "SPOUSE");
        for (int i = 2; i < 5; i++) {
            ApplicationParams.member(params, i, "成员" + i, ApplicationParams.freshId(), "CHILD");
        }

        mvc.perform(post("/households/new").params(params).with(cadre()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("households/new"))
            .andExpect(model().attributeHasFieldErrorCode(ApplicationController.FORM, "declaredSize",
                    "validation.declaredSize.mismatch"))
            .andExpect(model().attributeHasFieldErrorCode(ApplicationController.FORM, "members[1].idNumber",
                    "validation.idNumber.checkDigit"))
            .andExpect(content().string(allOf(
                    containsString("Household size is declared as 7 but 5 members are listed."),
                    containsString("has a wrong check character"), containsString("id=\"members1.idNumber-error\""),
                    containsString("value=\"" + badId + "\""))));
        assertThat(households.count()).isEqualTo(before);
        assertThat(members.findByIdNumberStartingWith(badId.substring(0, 17))).isEmpty();
    }

    @Test
    void applicationWithoutSizeReportsItRequiredWithTheOtherErrors() throws Exception {
        long before = households.count();
        MultiValueMap<String, String> params = ApplicationParams.household(VILLAGE_A, "", 1);
        params.set("declaredSize", "");
        ApplicationParams.member(params, 0, "户主", ApplicationParams.freshId(), "HEAD");

        mvc.perform(post("/households/new").params(params).with(cadre()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode(ApplicationController.FORM, "declaredSize",
                    "validation.required"))
            .andExpect(model().attributeHasFieldErrorCode(ApplicationController.FORM, "headName",
                    "validation.headName.required"));
        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void applicationForAnotherVillageIsRefusedBesideTheVillage() throws Exception {
        long before = households.count();
        String head = uniqueName("越");
        MultiValueMap<String, String> params = ApplicationParams.household(OTHER_VILLAGE, head, 1);
        ApplicationParams.member(params, 0, head, ApplicationParams.freshId(), "HEAD");

        mvc.perform(post("/households/new").params(params).with(cadre()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode(ApplicationController.FORM, "villageCode",
                    "validation.village.notYours"));
        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void memberRowsAreAddedAndRemovedWithoutStoringAnything() throws Exception {
        long before = households.count();
        MultiValueMap<String, String> params = ApplicationParams.household(VILLAGE_A, "行", 2);
        ApplicationParams.member(params, 0, "行", "", "HEAD");
        params.add("_addMember", "1");

        mvc.perform(post("/households/new").params(params).with(cadre()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().hasNoErrors())
            .andExpect(result -> assertThat(((ApplicationForm) result.getModelAndView()
                .getModel()
                .get(ApplicationController.FORM)).getMembers()).hasSize(2))
            .andExpect(content().string(containsString("name=\"members[1].name\"")));

        params.remove("_addMember");
        ApplicationParams.member(params, 1, "留下", "", "SPOUSE");
        params.add("_removeMember", "0");
        mvc.perform(post("/households/new").params(params).with(cadre()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("value=\"留下\""),
                    not(containsString("name=\"members[1].name\"")))));
        assertThat(households.count()).isEqualTo(before);
    }

}
