package org.jingzhun.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.workflow.LifecycleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Comments on a step and scans of signed paper: shown, stored, downloaded, refused with a message. */
@IntegrationTest
class TaskCommentsAndScansTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    LifecycleService lifecycle;

    @Autowired
    ProcessSteps steps;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskAttachmentRepository attachments;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void demoCounty() {
        areas.ensure();
        users.ensure("test-only");
    }

    Long applied() {
        return lifecycle.apply(TestHouseholds.application(DemoAreas.VILLAGE_A), DemoUsers.CADRE);
    }

    /** The committee's appraisal: a signed decision, so a scan of the signed minutes belongs to it. */
    String appraisal(Long id) {
        steps.complete(id, "Task_SurveyHousehold", DemoUsers.CADRE, SurveyValues.valid());
        return steps.task(id, "Task_AppraiseHousehold").getId();
    }

    static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("file", name, type, content);
    }

    @Test
    void commentWhenPostedThenShownWithAuthorAndTime() throws Exception {
        String taskId = steps.task(applied(), "Task_SurveyHousehold").getId();

        mvc.perform(post("/tasks/{id}/comments", taskId).with(csrf()).with(WebUsers.cadre())
            .param("comment", "户主外出务工，已电话预约周五入户"))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/tasks/" + taskId + "#comments"))
            .andExpect(flash().attributeExists("message"));

        assertThat(taskService.getTaskComments(taskId)).singleElement()
            .satisfies(c -> assertThat(c.getUserId()).isEqualTo("cadre"));
        mvc.perform(get("/tasks/{id}", taskId).with(WebUsers.cadre()).locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(content().string(allOf(containsString("户主外出务工，已电话预约周五入户"),
                    containsString("<strong>cadre</strong>"), containsString("年"))));
    }

    @Test
    void commentWhenEmptyThenAMessageAndNothingAdded() throws Exception {
        String taskId = steps.task(applied(), "Task_SurveyHousehold").getId();

        mvc.perform(post("/tasks/{id}/comments", taskId).with(csrf()).with(WebUsers.cadre()).param("comment", "  ")
            .locale(Locale.ENGLISH))
            .andExpect(status().isFound())
            .andExpect(flash().attribute("commentError", "This field is required."));

        assertThat(taskService.getTaskComments(taskId)).isEmpty();
    }

    @Test
    void commentWhenAnotherAreasStepThenNotFound() throws Exception {
        Long id = lifecycle.apply(TestHouseholds.application(WebUsers.OTHER_VILLAGE), "cadre101201");
        String taskId = steps.task(id, "Task_SurveyHousehold").getId();

        mvc.perform(post("/tasks/{id}/comments", taskId).with(csrf()).with(WebUsers.cadre()).param("comment", "看看"))
            .andExpect(status().isNotFound());

        assertThat(taskService.getTaskComments(taskId)).isEmpty();
    }

    @Test
    void scanWhenPdfThenStoredListedAndDownloadableByWhoeverSeesTheHousehold() throws Exception {
        String taskId = appraisal(applied());

        mvc.perform(multipart("/tasks/{id}/attachments", taskId).file(file("评议记录.pdf", "application/pdf", PDF))
            .with(csrf())
            .with(WebUsers.committee()))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/tasks/" + taskId + "#attachments"))
            .andExpect(flash().attributeExists("message"));

        var stored = attachments.listForTask(taskId);
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("评议记录.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.size()).isEqualTo(PDF.length);
            assertThat(a.uploadedBy()).isEqualTo("committee");
        });
        Long attachmentId = stored.get(0).id();
        mvc.perform(get("/tasks/{id}", taskId).with(WebUsers.committee()))
            .andExpect(content().string(allOf(containsString("评议记录.pdf"),
                    containsString("/attachments/" + attachmentId))));
        mvc.perform(get("/attachments/{id}", attachmentId).with(WebUsers.township()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(content().bytes(PDF));
        mvc.perform(get("/attachments/{id}", attachmentId).with(WebUsers.otherCadre()))
            .andExpect(status().isNotFound());
    }

    @Test
    void scanWhenAnExecutableRenamedPdfThenRefusedWithAMessage() throws Exception {
        String taskId = appraisal(applied());
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1), 64);

        mvc.perform(multipart("/tasks/{id}/attachments", taskId).file(file("scan.pdf", "application/pdf", exe))
            .with(csrf())
            .with(WebUsers.committee())
            .locale(Locale.ENGLISH))
            .andExpect(status().isFound())
            .andExpect(flash().attribute("attachmentError", containsString("Only PDF, JPEG or PNG")));

        assertThat(attachments.listForTask(taskId)).isEmpty();
    }

    @Test
    void scanWhenPdfNamedAsAnImageThenRefused() throws Exception {
        String taskId = appraisal(applied());

        mvc.perform(multipart("/tasks/{id}/attachments", taskId).file(file("scan.png", "image/png", PDF))
            .with(csrf())
            .with(WebUsers.committee()))
            .andExpect(flash().attributeExists("attachmentError"));

        assertThat(attachments.listForTask(taskId)).isEmpty();
    }

    @Test
    void scanWhenLargerThanTheLimitThenRefusedWithAMessage() throws Exception {
        String taskId = appraisal(applied());
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);

        mvc.perform(multipart("/tasks/{id}/attachments", taskId).file(file("big.pdf", "application/pdf", large))
            .with(csrf())
            .with(WebUsers.committee())
            .locale(Locale.ENGLISH))
            .andExpect(status().isFound())
            .andExpect(flash().attribute("attachmentError", "The file is larger than 5 MB."));

        assertThat(attachments.listForTask(taskId)).isEmpty();
    }

    @Test
    void scanWhenTheStepRecordsNoSignatureThenRefused() throws Exception {
        String taskId = steps.task(applied(), "Task_SurveyHousehold").getId();

        mvc.perform(multipart("/tasks/{id}/attachments", taskId).file(file("scan.pdf", "application/pdf", PDF))
            .with(csrf())
            .with(WebUsers.cadre()))
            .andExpect(flash().attributeExists("attachmentError"));
        mvc.perform(get("/tasks/{id}", taskId).with(WebUsers.cadre()))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("type=\"file\""))));

        assertThat(attachments.listForTask(taskId)).isEmpty();
    }

    @Test
    void scanWhenAnotherAreasStepThenNotFoundAndNothingStored() throws Exception {
        String taskId = appraisal(applied());

        mvc.perform(multipart("/tasks/{id}/attachments", taskId).file(file("scan.pdf", "application/pdf", PDF))
            .with(csrf())
            .with(WebUsers.as("committee101201", "committee-" + WebUsers.OTHER_VILLAGE)))
            .andExpect(status().isNotFound());

        assertThat(attachments.listForTask(taskId)).isEmpty();
    }

}
