package org.jingzhun.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.ProcessSteps;
import org.jingzhun.system.ValidationException;
import org.jingzhun.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Findings and their DataCorrectionProcess: opened by a run, closed by fixing the data, reminded when overdue. */
@IntegrationTest
class DataCorrectionProcessTest {

    static final String TASK = "Task_CorrectData";

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    QualityFixture fixture;

    @Autowired
    QualityRuns runs;

    @Autowired
    QualityRunStore runStore;

    @Autowired
    QualityService service;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ProcessSteps steps;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void runOpensOneFindingAndACorrectionTaskForTheVillageCadres() {
        String village = fixture.village();
        long broken = brokenSize(village);
        long fine = fixture.household(village);

        QualityRun run = run(village);

        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.total()).isEqualTo(2);
        assertThat(run.checked()).isEqualTo(2);
        assertThat(run.opened()).isEqualTo(1);
        assertThat(run.percent()).isEqualTo(100);
        Finding finding = open(broken);
        assertThat(finding.ruleCode()).isEqualTo(MemberCountRule.CODE);
        assertThat(finding.responsibleCadre()).isEqualTo(QualityFixture.CADRE);
        assertThat(finding.runId()).isEqualTo(run.id());
        assertThat(finding.detailArguments()).containsExactly("5", "3");
        Task task = steps.task(broken, TASK);
        assertThat(task.getAssignee()).isEqualTo(QualityFixture.CADRE);
        assertThat(task.getDueDate()).isNotNull();
        assertThat(task.getProcessInstanceId()).isEqualTo(finding.processInstanceId());
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
            .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("cadre-" + village));
        assertThat(taskService.getVariableLocal(task.getId(), CorrectionPrepared.FINDING_TEXT).toString())
            .contains("家庭人口数与成员数不符", "登记家庭人口 5 人");
        assertThat(findings(fine)).isZero();
    }

    @Test
    void reRunKeepsTheOneOpenFindingAndItsTask() {
        String village = fixture.village();
        long broken = brokenSize(village);
        run(village);

        QualityRun again = run(village);

        assertThat(again.opened()).isZero();
        assertThat(again.closed()).isZero();
        assertThat(findings(broken)).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(CorrectionProcesses.PROCESS_KEY)
            .processInstanceBusinessKey(Long.toString(broken))
            .count()).isEqualTo(1);
    }

    @Test
    void reRunAfterTheFixClosesTheFindingAndEndsTheTask() {
        String village = fixture.village();
        long broken = brokenSize(village);
        run(village);
        Finding finding = open(broken);
        ProcessInstance instance = instance(finding);
        String taskId = steps.task(broken, TASK).getId();

        fixture.jdbc.update("update household set declared_size = 3 where id = ?", broken);
        QualityRun again = run(village);

        assertThat(again.closed()).isEqualTo(1);
        Finding closed = service.get(finding.id());
        assertThat(closed.status()).isEqualTo(Finding.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(instance).isEnded().hasPassed("EndEvent_ClosedByRecheck").hasNotPassed("EndEvent_DataCorrected");
        assertThat(steps.openKeys(broken)).doesNotContain(TASK);
        assertThat(fixture.jdbc.queryForObject("select count(*) from inbox_task where task_id = ?", Integer.class,
                taskId)).isZero();
    }

    @Test
    void completingTheTaskWhileTheDataIsStillWrongIsRefused() {
        String village = fixture.village();
        long broken = brokenSize(village);
        run(village);
        Task task = steps.task(broken, TASK);

        assertThatThrownBy(() -> workflow.complete(task.getId(), Map.of("note", "已核实"), QualityFixture.CADRE))
            .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.codes()).containsExactly("quality.validation.stillWrong"));

        assertThat(steps.openKeys(broken)).contains(TASK);
        assertThat(open(broken).isOpen()).isTrue();
    }

    @Test
    void completingTheTaskAfterTheFixClosesTheFinding() {
        String village = fixture.village();
        long broken = brokenSize(village);
        run(village);
        Finding finding = open(broken);
        ProcessInstance instance = instance(finding);
        fixture.jdbc.update("update household set declared_size = 3 where id = ?", broken);

        steps.complete(broken, TASK, QualityFixture.CADRE, Map.of("note", "人口数已更正为 3 人"));

        assertThat(service.get(finding.id()).status()).isEqualTo(Finding.CLOSED);
        assertThat(instance).isEnded().hasPassed("EndEvent_DataCorrected");
    }

    @Test
    void recheckNowKeepsAFindingOpenUntilTheDataIsFixed() {
        String village = fixture.village();
        long broken = brokenSize(village);
        run(village);
        Finding finding = open(broken);
        ProcessInstance instance = instance(finding);

        assertThat(service.recheck(finding.id())).isFalse();
        assertThat(steps.openKeys(broken)).contains(TASK);

        fixture.jdbc.update("update household set declared_size = 3 where id = ?", broken);
        assertThat(service.recheck(finding.id())).isTrue();

        assertThat(service.get(finding.id()).status()).isEqualTo(Finding.CLOSED);
        assertThat(instance).isEnded().hasPassed("EndEvent_ClosedByRecheck");
    }

    @Test
    void overdueTaskIsRemindedThenEscalatedAndStaysOpen() {
        String village = fixture.village();
        long broken = brokenSize(village);
        run(village);
        Finding finding = open(broken);
        ProcessInstance instance = instance(finding);

        managementService.executeJob(timer(finding, "BoundaryEvent_CorrectDataDue").getId());
        assertThat(instance).hasPassed("Task_RemindCorrectData", "EndEvent_CorrectDataReminded").isWaitingAt(TASK);

        managementService.executeJob(timer(finding, "BoundaryEvent_CorrectDataEscalated").getId());
        assertThat(instance).hasPassed("Task_EscalateCorrectData", "EndEvent_CorrectDataEscalated")
            .isWaitingAt(TASK);
        assertThat(fixture.jdbc.queryForObject(
                "select count(*) from task_escalation where household_id = ? and task_key = ?", Integer.class, broken,
                TASK)).isEqualTo(2);
    }

    private long brokenSize(String village) {
        long id = fixture.household(village);
        fixture.jdbc.update("update household set declared_size = 5 where id = ?", id);
        return id;
    }

    private QualityRun run(String village) {
        long id = runs.start(village, village, QualityRun.MANUAL, "township-quality");
        return runStore.find(id).orElseThrow();
    }

    private Finding open(long household) {
        List<Long> ids = fixture.jdbc.queryForList(
                "select id from quality_finding where household_id = ? and status = 'OPEN'", Long.class, household);
        assertThat(ids).hasSize(1);
        return service.get(ids.get(0));
    }

    private int findings(long household) {
        return fixture.jdbc.queryForObject("select count(*) from quality_finding where household_id = ?",
                Integer.class, household);
    }

    private ProcessInstance instance(Finding finding) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
            .processInstanceId(finding.processInstanceId())
            .singleResult();
        assertThat(instance).as("running correction of finding %s", finding.id()).isNotNull();
        return instance;
    }

    private Job timer(Finding finding, String activity) {
        return managementService.createJobQuery()
            .processInstanceId(finding.processInstanceId())
            .activityId(activity)
            .timers()
            .singleResult();
    }
}
