package org.jingzhun.workflow;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.area.AreaService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records reminders and escalations on overdue tasks and raises their priority so they stand out. */
@Service
public class EscalationService {

    static final int REMINDED_PRIORITY = 60;

    static final int ESCALATED_PRIORITY = 80;

    private final TaskService taskService;

    private final TaskEscalationRepository repository;

    private final AreaService areas;

    private final InboxReadModel inbox;

    private final ApplicationEventPublisher events;

    EscalationService(TaskService taskService, TaskEscalationRepository repository, AreaService areas,
            InboxReadModel inbox, ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.repository = repository;
        this.areas = areas;
        this.inbox = inbox;
        this.events = events;
    }

    @Transactional
    public TaskEscalation record(Task task, EscalationLevel level) {
        List<String> groups = taskService.getIdentityLinksForTask(task.getId())
            .stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .toList();
        String recipient = level == EscalationLevel.REMINDER ? assigneeOrGroups(task, groups) : supervisors(groups);
        Object householdId = taskService.getVariable(task.getId(), ProcessVariables.HOUSEHOLD_ID);
        var escalation = new TaskEscalation(task.getId(), task.getTaskDefinitionKey(),
                householdId == null ? null : ((Number) householdId).longValue(), level, recipient,
                ClockUtil.getCurrentTime().toInstant());
        taskService.setPriority(task.getId(),
                Math.max(task.getPriority(), level == EscalationLevel.REMINDER ? REMINDED_PRIORITY : ESCALATED_PRIORITY));
        inbox.escalated(task.getId(), level);
        TaskEscalation saved = repository.save(escalation);
        List<String> told = level == EscalationLevel.REMINDER ? (task.getAssignee() != null ? List.of() : groups)
                : List.of(supervisors(groups).split(","));
        events.publishEvent(new TaskEscalated(saved, task.getName(), task.getDueDate(), task.getAssignee(), groups,
                told));
        return saved;
    }

    public List<TaskEscalation> forTask(String taskId) {
        return repository.findByTaskIdOrderByNotifiedAt(taskId);
    }

    private static String assigneeOrGroups(Task task, List<String> groups) {
        return task.getAssignee() != null ? task.getAssignee() : String.join(",", groups);
    }

    /** The supervising level: village work goes to the township, township and county work to the county. */
    String supervisors(List<String> groups) {
        List<String> supervisors = supervisorGroups(groups);
        return supervisors.isEmpty() ? AreaGroups.ADMINS : String.join(",", supervisors);
    }

    List<String> supervisorGroups(List<String> groups) {
        return groups.stream().map(group -> {
            String role = AreaGroups.role(group);
            String area = AreaGroups.areaCode(group);
            return switch (role) {
                case AreaGroups.CADRE, AreaGroups.COMMITTEE -> AreaGroups.township(areas.townshipOf(area));
                default -> AreaGroups.county(areas.countyOf(area));
            };
        }).distinct().toList();
    }

}
