package org.jingzhun.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a household's lifecycle stands in the engine: the running stage (the lifecycle's child process) with the
 * steps waiting in it, the stages entered so far, and the BPMN of a stage for the diagram viewer.
 */
@Service
@Transactional(readOnly = true)
public class StageDiagrams {

    private static final String CALL_ACTIVITY = "callActivity";

    private final RuntimeService runtimeService;

    private final RepositoryService repositoryService;

    private final HistoryService historyService;

    StageDiagrams(RuntimeService runtimeService, RepositoryService repositoryService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
    }

    /** The running stage process of the household (or the lifecycle itself between stages); empty once it ended. */
    public Optional<CurrentStage> current(Long householdId) {
        return runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(householdId.toString())
            .processDefinitionKey(LifecycleService.PROCESS_KEY)
            .list()
            .stream()
            .findFirst()
            .map(parent -> {
                ProcessInstance child = runtimeService.createProcessInstanceQuery()
                    .superProcessInstanceId(parent.getId())
                    .list()
                    .stream()
                    .findFirst()
                    .orElse(parent);
                // a multi-instance body reports itself as "Task_X#multiInstanceBody" beside its inner activity
                List<String> active = runtimeService.getActiveActivityIds(child.getId())
                    .stream()
                    .filter(id -> !id.contains("#"))
                    .distinct()
                    .sorted()
                    .toList();
                return new CurrentStage(child.getProcessDefinitionId(), active);
            });
    }

    /** The BPMN XML of a deployed process definition, exactly as deployed (diagram section included). */
    public byte[] model(String processDefinitionId) {
        try (InputStream in = repositoryService.getProcessModel(processDefinitionId)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stage the household's lifecycle entered, oldest first (a return to poverty enters assistance again). */
    public List<StageEntered> stagesEntered(Long householdId) {
        return historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(householdId.toString())
            .processDefinitionKey(LifecycleService.PROCESS_KEY)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .flatMap(id -> historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(id)
                .activityType(CALL_ACTIVITY)
                .list()
                .stream())
            .map(StageDiagrams::entered)
            .sorted(Comparator.comparing(StageEntered::startedAt))
            .toList();
    }

    private static StageEntered entered(HistoricActivityInstance activity) {
        return new StageEntered(activity.getActivityId(), activity.getStartTime().toInstant(),
                activity.getEndTime() == null ? null : activity.getEndTime().toInstant());
    }

    public record CurrentStage(String processDefinitionId, List<String> activeActivityIds) {
    }

    public record StageEntered(String activityId, Instant startedAt, Instant endedAt) {
    }

}
