package org.jingzhun.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.hamcrest.Matchers;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.task.WebUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** /quality for each role, scoped runs and lists, "re-check now" and the nightly job. */
@IntegrationTest
class QualityPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QualityFixture fixture;

    @Autowired
    QualityRunStore runStore;

    @Autowired
    QualityRuns runs;

    @Autowired
    Environment environment;

    @Autowired
    RuntimeService runtimeService;

    static RequestPostProcessor reviewer() {
        return WebUsers.as("township-quality", "township-" + QualityFixture.TOWNSHIP);
    }

    static RequestPostProcessor otherReviewer() {
        return WebUsers.as("township-quality2", "township-" + QualityFixture.OTHER_TOWNSHIP);
    }

    static RequestPostProcessor cadreOf(String village) {
        return WebUsers.as(QualityFixture.CADRE, "cadre-" + village);
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/quality")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/quality/runs/1/progress")).andExpect(status().is3xxRedirection());
    }

    @Test
    void departmentsAndCommitteesHaveNoDataQualityPage() throws Exception {
        mvc.perform(get("/quality").with(WebUsers.as("edu-q", "dept-education-622922000000")))
            .andExpect(status().isForbidden());
        mvc.perform(get("/quality").with(WebUsers.committee())).andExpect(status().isForbidden());
    }

    @Test
    void cadresSeeFindingsButCannotStartRuns() throws Exception {
        String village = fixture.village();
        mvc.perform(post("/quality/runs").param("area", village).with(cadreOf(village)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/quality").with(cadreOf(village))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("/quality/runs\" method"))));
    }

    @Test
    void townshipRunChecksOnlyItsTownshipAndOthersCannotSeeIt() throws Exception {
        String village = fixture.village();
        String otherVillage = fixture.village(QualityFixture.OTHER_TOWNSHIP);
        long mine = brokenSize(village);
        long theirs = brokenSize(otherVillage);

        String location = mvc.perform(post("/quality/runs").param("area", QualityFixture.TOWNSHIP).with(reviewer())
                .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        QualityRun run = runStore.find(runId).orElseThrow();
        assertThat(run.scopePrefix()).isEqualTo("622922190");
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(openFindings(mine)).isEqualTo(1);
        assertThat(openFindings(theirs)).isZero();

        mvc.perform(get("/quality/runs/{id}", runId).with(reviewer())).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("<progress")));
        mvc.perform(get("/quality/runs/{id}/progress", runId).with(reviewer())).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("DONE"))
            .andExpect(jsonPath("$.percent").value(100))
            .andExpect(jsonPath("$.finished").value(true));
        mvc.perform(get("/quality/runs/{id}", runId).with(otherReviewer())).andExpect(status().isNotFound());
        mvc.perform(get("/quality/runs/{id}/progress", runId).with(otherReviewer()))
            .andExpect(status().isNotFound());
    }

    @Test
    void listsNeverShowAnotherTownshipsFindings() throws Exception {
        String village = fixture.village();
        String otherVillage = fixture.village(QualityFixture.OTHER_TOWNSHIP);
        long mine = brokenSize(village);
        long theirs = brokenSize(otherVillage);
        runs.start(village, village, QualityRun.MANUAL, "test");
        runs.start(otherVillage, otherVillage, QualityRun.MANUAL, "test");
        String mineNumber = number(mine);
        String theirNumber = number(theirs);

        mvc.perform(get("/quality").with(reviewer())).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(mineNumber)))
            .andExpect(content().string(Matchers.not(Matchers.containsString(theirNumber))));
        mvc.perform(get("/quality").param("rule", MemberCountRule.CODE).with(cadreOf(village)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(mineNumber)))
            .andExpect(content().string(Matchers.not(Matchers.containsString(theirNumber))));
        mvc.perform(get("/quality").with(cadreOf(otherVillage)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Declared size 5, living members listed 3")))
            .andExpect(content().string(Matchers.not(Matchers.containsString(mineNumber))));
    }

    @Test
    void reviewerCannotRunAnotherTownshipOrEveryArea() throws Exception {
        fixture.village();
        mvc.perform(post("/quality/runs").param("area", QualityFixture.OTHER_TOWNSHIP).with(reviewer()).with(csrf()))
            .andExpect(status().isNotFound());
        mvc.perform(post("/quality/runs").param("area", "").with(reviewer()).with(csrf()))
            .andExpect(status().isForbidden());
    }

    @Test
    void recheckNowFromThePageClosesAFixedFindingInTheUsersArea() throws Exception {
        String village = fixture.village();
        long broken = brokenSize(village);
        runs.start(village, village, QualityRun.MANUAL, "test");
        long finding = fixture.jdbc.queryForObject(
                "select id from quality_finding where household_id = ? and status = 'OPEN'", Long.class, broken);

        mvc.perform(post("/quality/findings/{id}/recheck", finding).with(otherReviewer()).with(csrf()))
            .andExpect(status().isNotFound());
        fixture.jdbc.update("update household set declared_size = 3 where id = ?", broken);
        mvc.perform(post("/quality/findings/{id}/recheck", finding).with(cadreOf(village)).with(csrf()))
            .andExpect(status().is3xxRedirection());

        assertThat(openFindings(broken)).isZero();
    }

    @Test
    void correctionTaskPageSaysWhatIsWrongAndRefusesCompletionUntilFixed() throws Exception {
        String village = fixture.village();
        long broken = brokenSize(village);
        runs.start(village, village, QualityRun.MANUAL, "test");
        String taskId = fixture.jdbc.queryForObject(
                "select task_id from inbox_task where household_id = ? and task_key = 'Task_CorrectData'",
                String.class, broken);

        mvc.perform(get("/tasks/{id}", taskId).with(cadreOf(village))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.allOf(Matchers.containsString("登记家庭人口 5 人，在世成员 3 人"),
                    Matchers.containsString("/households/" + broken))));
        mvc.perform(post("/tasks/{id}", taskId).param("note", "已核实").with(cadreOf(village)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("数据中仍存在该问题")));
        assertThat(openFindings(broken)).isEqualTo(1);

        fixture.jdbc.update("update household set declared_size = 3 where id = ?", broken);
        mvc.perform(post("/tasks/{id}", taskId).param("note", "已更正").with(cadreOf(village)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(openFindings(broken)).isZero();
    }

    @Test
    void nightlyJobIsScheduledAt0230BeijingAndRunsEveryArea() throws Exception {
        Scheduled scheduled = QualityRuns.class.getMethod("nightly").getAnnotation(Scheduled.class);
        assertThat(scheduled.cron()).isEqualTo("${jingzhun.quality.nightly-cron:0 30 2 * * *}");
        assertThat(scheduled.zone()).isEqualTo("Asia/Shanghai");
        assertThat(CronExpression.parse("0 30 2 * * *").next(LocalDateTime.of(2025, 6, 1, 12, 0)))
            .isEqualTo(LocalDateTime.of(2025, 6, 2, 2, 30));
        assertThat(environment.getProperty("jingzhun.quality.nightly-cron")).isEqualTo("-");
        String village = fixture.village();
        long broken = brokenSize(village);

        runs.nightly();

        List<QualityRun> recent = runStore.recent(null, 1);
        assertThat(recent).singleElement().satisfies(run -> {
            assertThat(run.kind()).isEqualTo(QualityRun.NIGHTLY);
            assertThat(run.scopeCode()).isNull();
            assertThat(run.scopePrefix()).isEmpty();
            assertThat(run.status()).isEqualTo("DONE");
            assertThat(run.checked()).isEqualTo(run.total()).isGreaterThan(1);
        });
        assertThat(openFindings(broken)).isEqualTo(1);
        withdrawFindingsOfOtherClasses(recent.get(0).id(), broken);
    }

    /** The nightly run covers the shared test database: take back what it opened on other classes' households. */
    private void withdrawFindingsOfOtherClasses(long runId, long ours) {
        List<String> instances = fixture.jdbc.queryForList("""
                select process_instance_id from quality_finding
                 where run_id = ? and household_id <> ? and process_instance_id is not null""",
                String.class, runId, ours);
        instances.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test clean-up", false, true, false,
                false));
        fixture.jdbc.update("delete from quality_finding where run_id = ? and household_id <> ?", runId, ours);
    }

    private long brokenSize(String village) {
        long id = fixture.household(village);
        fixture.jdbc.update("update household set declared_size = 5 where id = ?", id);
        return id;
    }

    private int openFindings(long household) {
        return fixture.jdbc.queryForObject(
                "select count(*) from quality_finding where household_id = ? and status = 'OPEN'", Integer.class,
                household);
    }

    private String number(long household) {
        return fixture.jdbc.queryForObject("select household_number from household where id = ?", String.class,
                household);
    }
}
