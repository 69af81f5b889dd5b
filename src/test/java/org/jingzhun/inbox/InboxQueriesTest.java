package org.jingzhun.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.area.AreaService;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.Stage;
import org.jingzhun.security.UserScope;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.StatementRecorder;
import org.jingzhun.support.TestHouseholds;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The inbox's queries on a fixed set of rows in two villages that no real task uses (…299 and …298), removed again
 * after each test so that the read model stays equal to the engine for everyone else.
 */
@IntegrationTest
class InboxQueriesTest {

    static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");

    static final String V99 = "622922100299";

    static final String V98 = "622922100298";

    static final String OTHER_TOWNSHIP = "622922101299";

    static final UserScope USER = UserScope.of("inbox-q", List.of("cadre-" + V99, "cadre-" + V98));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    HouseholdService households;

    @Autowired
    DemoAreas areas;

    @Autowired
    AreaService areaService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    InboxQueries queries;

    String memberIdNumber;

    @BeforeEach
    void fixedRows() {
        areas.ensure();
        HouseholdApplication application = TestHouseholds.application(DemoAreas.VILLAGE_C);
        Long household = households.apply(application, "inbox-q");
        memberIdNumber = application.members().get(1).idNumber();
        row("iq-1", "inbox-q", V99, "cadre-" + V99, Stage.IDENTIFICATION, "Task_SurveyHousehold", "入户调查",
                "X99-0001", "马建国", null, -2, -10, -1);
        row("iq-2", "inbox-q", V98, "cadre-" + V98, Stage.ASSISTANCE, "Task_PlanMeasures", "制定帮扶计划",
                "X98-0002", "王秀兰", null, 5, -9, 24);
        row("iq-3", null, V99, "cadre-" + V99, Stage.IDENTIFICATION, "Task_SurveyHousehold", "入户调查", "X99-0003",
                "李海军", household, -1, -8, null);
        row("iq-4", null, V98, "cadre-" + V98, Stage.ASSISTANCE, "Task_RecordIncome", "登记年度收入", "X98-0004",
                "张永福", null, null, -7, null);
        row("iq-5", null, V99, "cadre-" + V99, Stage.EXIT_VERIFICATION, "Task_SignExitAgreement", "农户签字认可",
                "X99-0005", "马德明", null, 1, -6, null);
        row("iq-6", "someone", V99, "cadre-" + V99, Stage.IDENTIFICATION, "Task_SurveyHousehold", "入户调查",
                "X99-0006", "韩学礼", null, -3, -5, null);
        row("iq-7", null, V99, "township-622922100000", Stage.IDENTIFICATION, "Task_ReviewIdentification",
                "乡镇审核", "X99-0007", "罗文华", null, -3, -5, null);
        row("iq-8", null, OTHER_TOWNSHIP, "cadre-" + V99, Stage.IDENTIFICATION, "Task_SurveyHousehold", "入户调查",
                "X99-0008", "冶玉龙", null, -3, -5, null);
    }

    @AfterEach
    void removeRows() {
        jdbc.update("delete from inbox_task where task_id like 'iq-%'");
        ClockUtil.reset();
    }

    void row(String id, String assignee, String village, String group, Stage stage, String key, String name,
            String number, String head, Long householdId, Integer dueDays, int createdDays, Integer followUpHours) {
        jdbc.update("""
                insert into inbox_task (task_id, task_key, name, household_id, household_number, head_name,
                    village_code, stage, assignee, candidate_groups, created_at, due_at, follow_up_at, priority,
                    escalation_level, process_instance_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, 'NONE', 'iq-process')""", id, key, name,
                householdId, number, head, village, stage.name(), assignee, "," + group + ",",
                Timestamp.from(NOW.plus(Duration.ofDays(createdDays))),
                dueDays == null ? null : Timestamp.from(NOW.plus(Duration.ofDays(dueDays))),
                followUpHours == null ? null : Timestamp.from(NOW.plus(Duration.ofHours(followUpHours))));
        jdbc.update("insert into inbox_task_group (group_id, task_id) values (?, ?)", group, id);
    }

    List<String> ids(InboxQuery query) {
        return queries.page(USER, query, NOW).items().stream().map(InboxItem::taskId).toList();
    }

    InboxQuery groups() {
        return InboxQuery.of(InboxTab.GROUPS);
    }

    @Test
    void countsEveryTabInOneStatement() {
        assertThat(queries.counts(USER, NOW)).isEqualTo(new InboxCounts(2, 3, 2, 1));
    }

    @Test
    void tabsHoldMineClaimableOverdueAndFollowUpTasks() {
        assertThat(ids(InboxQuery.of(InboxTab.MINE))).containsExactly("iq-1", "iq-2");
        assertThat(ids(groups())).containsExactly("iq-3", "iq-5", "iq-4");
        assertThat(ids(InboxQuery.of(InboxTab.OVERDUE))).containsExactly("iq-1", "iq-3");
        assertThat(ids(InboxQuery.of(InboxTab.FOLLOW_UP))).containsExactly("iq-1");
    }

    @Test
    void tasksOfOtherGroupsOrOtherAreasAreNeitherListedNorVisible() {
        for (InboxTab tab : InboxTab.values()) {
            assertThat(ids(InboxQuery.of(tab))).doesNotContain("iq-6", "iq-7", "iq-8");
        }
        assertThat(queries.visible("iq-6", USER, NOW)).get().extracting(InboxItem::assignee).isEqualTo("someone");
        assertThat(queries.visible("iq-7", USER, NOW)).isEmpty();
        assertThat(queries.visible("iq-8", USER, NOW)).isEmpty();
        assertThat(queries.visible("iq-3", UserScope.of("stranger", List.of("cadre-" + OTHER_TOWNSHIP)), NOW))
            .isEmpty();
    }

    @Test
    void pagesCarryTheirTotalAndAPageBeyondTheEndIsEmpty() {
        InboxQuery twoPerPage = new InboxQuery(InboxTab.GROUPS, null, null, null, null, null, true, 1, 2);

        InboxPage first = queries.page(USER, twoPerPage, NOW);
        InboxPage second = queries.page(USER, twoPerPage.withPage(2), NOW);

        assertThat(first.items()).extracting(InboxItem::taskId).containsExactly("iq-3", "iq-5");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).extracting(InboxItem::taskId).containsExactly("iq-4");
        assertThat(second.hasNext()).isFalse();
        assertThat(queries.page(USER, twoPerPage.withPage(3), NOW).items()).isEmpty();
        assertThat(queries.total(USER, InboxTab.GROUPS, NOW)).isEqualTo(3);
    }

    @Test
    void sortsByEveryColumnBothWaysWithMissingDatesLast() {
        assertThat(ids(groups().withSort(InboxSort.DUE))).containsExactly("iq-5", "iq-3", "iq-4");
        assertThat(ids(groups().sortedBy("household"))).containsExactly("iq-4", "iq-3", "iq-5");
        assertThat(ids(groups().sortedBy("household").sortedBy("household"))).containsExactly("iq-5", "iq-3",
                "iq-4");
        assertThat(ids(groups().sortedBy("created"))).containsExactly("iq-3", "iq-4", "iq-5");
        assertThat(ids(groups().sortedBy("created").sortedBy("created"))).containsExactly("iq-5", "iq-4", "iq-3");
        assertThat(ids(groups().sortedBy("step"))).containsExactly("iq-3", "iq-5", "iq-4");
    }

    @Test
    void filtersByVillageStageAndStep() {
        assertThat(ids(new InboxQuery(InboxTab.GROUPS, V98, null, null, null, null, true, 1, 20)))
            .containsExactly("iq-4");
        assertThat(ids(new InboxQuery(InboxTab.GROUPS, null, Stage.EXIT_VERIFICATION, null, null, null, true, 1, 20)))
            .containsExactly("iq-5");
        assertThat(ids(new InboxQuery(InboxTab.GROUPS, null, null, "Task_SurveyHousehold", null, null, true, 1, 20)))
            .containsExactly("iq-3");
        assertThat(ids(new InboxQuery(InboxTab.GROUPS, OTHER_TOWNSHIP, null, null, null, null, true, 1, 20)))
            .isEmpty();
    }

    @Test
    void searchesHouseholdNumberHeadNameAndMemberIdNumber() {
        assertThat(ids(search("X99"))).containsExactly("iq-3", "iq-5");
        assertThat(ids(search("海军"))).containsExactly("iq-3");
        assertThat(ids(search(memberIdNumber))).containsExactly("iq-3");
        assertThat(ids(search(memberIdNumber.substring(0, 10)))).isEmpty();
        assertThat(ids(search("%"))).isEmpty();
        assertThat(ids(search("_99"))).isEmpty();
    }

    InboxQuery search(String text) {
        return new InboxQuery(InboxTab.GROUPS, null, null, null, text, null, true, 1, 20);
    }

    @Test
    void listingAPageAndItsCountsTakesTwoStatementsOnOurTablesAndNoEngineCall() {
        StatementRecorder recorder = new StatementRecorder();
        var counted = new InboxQueries(new NamedParameterJdbcTemplate(recorder.wrap(dataSource)));
        TaskService noEngine = (TaskService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { TaskService.class }, (proxy, method, args) -> {
                    throw new AssertionError("listing called TaskService." + method.getName());
                });
        var service = new InboxService(counted, noEngine, areaService, new Today(), transactionManager);
        ClockUtil.setCurrentTime(Date.from(NOW));

        InboxPage page = service.page(USER, InboxQuery.of(InboxTab.GROUPS));
        InboxCounts counts = service.counts(USER);

        assertThat(page.items()).hasSize(3);
        assertThat(counts.groups()).isEqualTo(3);
        assertThat(recorder.statements()).hasSize(2)
            .allSatisfy(sql -> assertThat(sql.toLowerCase()).contains("from inbox_task").doesNotContain("act_"));
        assertThatThrownBy(() -> noEngine.createTaskQuery()).isInstanceOf(AssertionError.class);
    }

}
