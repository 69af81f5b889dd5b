package org.jingzhun.approval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jingzhun.exit.ExitAssessmentService;
import org.jingzhun.forms.FormResult;
import org.jingzhun.notice.NoticeService;
import org.jingzhun.notice.ObjectionOutcome;
import org.jingzhun.notice.PublicNoticeRepository;
import org.jingzhun.security.UserScope;
import org.jingzhun.signoff.SignOff;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.task.AttachmentService;
import org.jingzhun.task.HouseholdSummaries;
import org.jingzhun.task.OpenTask;
import org.jingzhun.task.TaskPageService;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The registrations and exit (or return) decisions waiting for a township or county reviewer, and their decision.
 * Until the inbox read model exists the waiting steps come from one engine query by the reviewer's candidate groups;
 * the evidence is read from our tables.
 */
@Service
public class ApprovalService {

    /** A reviewer's queue is short; more than this is a backlog the inbox's paging is for. */
    static final int MAX_SHOWN = 50;

    private final TaskService taskService;

    private final TaskPageService tasks;

    private final HouseholdSummaries summaries;

    private final ExitAssessmentService exits;

    private final SignOffService signOffs;

    private final PublicNoticeRepository notices;

    private final NoticeService noticeService;

    private final AttachmentService attachments;

    ApprovalService(TaskService taskService, TaskPageService tasks, HouseholdSummaries summaries,
            ExitAssessmentService exits, SignOffService signOffs, PublicNoticeRepository notices,
            NoticeService noticeService, AttachmentService attachments) {
        this.taskService = taskService;
        this.tasks = tasks;
        this.summaries = summaries;
        this.exits = exits;
        this.signOffs = signOffs;
        this.notices = notices;
        this.noticeService = noticeService;
        this.attachments = attachments;
    }

    public static boolean isReviewer(UserScope scope) {
        return scope.hasRole(AreaGroups.TOWNSHIP) || scope.hasRole(AreaGroups.COUNTY);
    }

    public List<Approval> waiting(UserScope scope) {
        requireReviewer(scope);
        List<String> groups = scope.groups()
            .stream()
            .filter(group -> AreaGroups.TOWNSHIP.equals(AreaGroups.role(group))
                    || AreaGroups.COUNTY.equals(AreaGroups.role(group)))
            .toList();
        List<Task> waiting = taskService.createTaskQuery()
            .taskDefinitionKeyIn(ApprovalKind.STEPS.keySet().toArray(String[]::new))
            .taskCandidateGroupIn(groups)
            .includeAssignedTasks()
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, MAX_SHOWN);
        List<Approval> approvals = new ArrayList<>();
        for (Task task : waiting) {
            find(task.getId(), scope).ifPresent(open -> approvals.add(approval(open, scope)));
        }
        return approvals;
    }

    /** One waiting decision, or NotFoundException for a step that is not a reviewer's decision of this user. */
    public Approval get(String taskId, UserScope scope) {
        requireReviewer(scope);
        OpenTask task = find(taskId, scope).orElseThrow(() -> new NotFoundException("approval " + taskId));
        return approval(task, scope);
    }

    /**
     * Signs the decision ({@code decision} approve/reject and the mandatory {@code reason}) by completing the step;
     * its listener records the sign-off and moves the process. Refused values come back as errors, changing nothing.
     */
    public FormResult decide(String taskId, Map<String, ?> values, UserScope scope) {
        requireReviewer(scope);
        find(taskId, scope).orElseThrow(() -> new NotFoundException("approval " + taskId));
        return tasks.complete(taskId, values, scope);
    }

    private Optional<OpenTask> find(String taskId, UserScope scope) {
        try {
            OpenTask task = tasks.open(taskId, scope);
            return ApprovalKind.ofStep(task.key()).map(kind -> task);
        }
        catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Approval approval(OpenTask task, UserScope scope) {
        ApprovalKind kind = ApprovalKind.ofStep(task.key()).orElseThrow();
        Long householdId = task.householdId();
        Map<String, SignOff> latest = new LinkedHashMap<>();
        signOffs.forHousehold(householdId).forEach(signOff -> {
            latest.remove(signOff.getStep());
            latest.put(signOff.getStep(), signOff);
        });
        List<SignOff> certifications = kind.showsCertifications()
                ? latest.values().stream().filter(s -> s.getStep().startsWith("Task_Certify")).toList()
                : List.of();
        SignOff consent = kind == ApprovalKind.EXIT ? latest.get("Task_SignExitAgreement") : null;
        List<SignOff> earlier = kind.earlierSteps()
            .stream()
            .filter(step -> !step.equals(task.key()))
            .map(latest::get)
            .filter(s -> s != null)
            .toList();
        List<NoticeOutcome> outcomes = notices.findByHouseholdIdOrderByPublishedAtDesc(householdId)
            .stream()
            .filter(notice -> notice.getKind() == kind.notice())
            .map(notice -> {
                var objections = noticeService.objections(notice.getId());
                int upheld = (int) objections.stream().filter(o -> o.getOutcome() == ObjectionOutcome.UPHELD).count();
                return new NoticeOutcome(notice, objections.size(), upheld);
            })
            .toList();
        boolean asksOnSiteCheck = tasks.form(task).field("onSiteCheck").isPresent();
        return new Approval(task, kind, summaries.of(householdId),
                kind.showsIndicators() ? exits.indicators(householdId) : null, certifications, consent, earlier,
                outcomes, attachments.forHousehold(householdId, scope), asksOnSiteCheck);
    }

    private static void requireReviewer(UserScope scope) {
        if (!isReviewer(scope)) {
            throw new AccessDeniedException("approvals are for township and county reviewers");
        }
    }

}
