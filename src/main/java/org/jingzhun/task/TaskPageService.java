package org.jingzhun.task;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.jingzhun.forms.FormCatalog;
import org.jingzhun.forms.FormDefinition;
import org.jingzhun.forms.FormResult;
import org.jingzhun.forms.FormValidator;
import org.jingzhun.household.HouseholdAccess;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One task as its page and the API see it. A user may open a task assigned to them or offered to one of their groups,
 * whose household lies in their areas; any other task id answers "not found", exactly like a missing one.
 * Completion validates the values with the form's schema and then completes through {@link WorkflowService}, whose
 * task listener validates again and writes the domain: the page, /api and /engine-rest have the same effect.
 */
@Service
public class TaskPageService {

    /** Form fields that mean the step records a signature, so a scan of the signed paper belongs to it. */
    static final Set<String> SIGNATURE_FIELDS = Set.of("householdSigned", "signedOn", "decision");

    static final int MAX_COMMENT = 2000;

    private final EngineTasks tasks;

    private final HouseholdAccess access;

    private final HouseholdSummaries summaries;

    private final FormCatalog forms;

    private final FormValidator validator;

    private final WorkflowService workflow;

    private final TaskDrafts drafts;

    private final TaskAttachmentRepository attachments;

    private final TransactionTemplate transaction;

    private final EscalationLadder ladder;

    TaskPageService(EngineTasks tasks, HouseholdAccess access, HouseholdSummaries summaries, FormCatalog forms,
            FormValidator validator, WorkflowService workflow, TaskDrafts drafts,
            TaskAttachmentRepository attachments, PlatformTransactionManager transactions, EscalationLadder ladder) {
        this.tasks = tasks;
        this.access = access;
        this.summaries = summaries;
        this.forms = forms;
        this.validator = validator;
        this.workflow = workflow;
        this.drafts = drafts;
        this.attachments = attachments;
        this.transaction = new TransactionTemplate(transactions);
        this.ladder = ladder;
    }

    /** The task if the user may work on it; otherwise NotFoundException, whether it exists or not. */
    public OpenTask open(String taskId, UserScope scope) {
        OpenTask task = tasks.find(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        boolean offered = scope.userId().equals(task.assignee())
                || task.candidateGroups().stream().anyMatch(scope.groups()::contains);
        if (!offered || task.householdId() == null) {
            throw new NotFoundException("task " + taskId);
        }
        access.require(task.householdId(), scope);
        return task;
    }

    public FormDefinition form(OpenTask task) {
        if (task.formId() == null) {
            throw new IllegalStateException("Task " + task.key() + " references no form");
        }
        return forms.forDeployment(task.deploymentId(), task.formId());
    }

    public TaskPage page(String taskId, UserScope scope) {
        OpenTask task = open(taskId, scope);
        FormDefinition form = form(task);
        var draft = drafts.find(taskId, scope.userId());
        return new TaskPage(task, summaries.of(task.householdId()), form,
                draft.map(TaskDrafts.Saved::values).orElse(Map.of()),
                draft.map(TaskDrafts.Saved::savedAt).orElse(null), tasks.comments(taskId),
                attachments.listForTask(taskId), acceptsScans(form), ladder.of(taskId));
    }

    /**
     * Validates the submitted values (an HTML post after binding, or a JSON body) against the task's form and
     * completes the task as the user. Returns the errors instead when the form or the step's listener refuses them;
     * then nothing has changed.
     */
    public FormResult complete(String taskId, Map<String, ?> submitted, UserScope scope) {
        OpenTask task = open(taskId, scope);
        if (task.claimedByOther(scope.userId())) {
            return refused(new Violation("task", "validation.task.claimedByOther", task.assignee()));
        }
        FormResult result = validator.validate(form(task), submitted);
        if (!result.isValid()) {
            return result;
        }
        // Its own transaction, not this method's: a refused completion rolls back entirely and is then reported as
        // errors, instead of leaving an outer transaction marked rollback-only.
        try {
            transaction.executeWithoutResult(status -> {
                workflow.complete(taskId, result.values(), scope.userId());
                drafts.discard(taskId);
            });
        }
        catch (ValidationException e) {
            return new FormResult(result.values(), e.getViolations());
        }
        catch (OptimisticLockingException e) {
            return refused(new Violation("task", "validation.task.changed"));
        }
        return result;
    }

    public void saveDraft(String taskId, Map<String, ?> values, UserScope scope) {
        open(taskId, scope);
        drafts.save(taskId, scope.userId(), values);
    }

    /** Takes an unclaimed step; one claimed meanwhile by someone else is refused with their name. */
    public void claim(String taskId, UserScope scope) {
        OpenTask task = open(taskId, scope);
        if (task.claimedByOther(scope.userId())) {
            throw new ValidationException(new Violation("task", "validation.task.claimedByOther", task.assignee()));
        }
        if (task.unclaimed()) {
            tasks.claim(taskId, scope.userId());
        }
    }

    public void comment(String taskId, String text, UserScope scope) {
        OpenTask task = open(taskId, scope);
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty()) {
            throw new ValidationException(new Violation("comment", "validation.required"));
        }
        if (comment.length() > MAX_COMMENT) {
            throw new ValidationException(new Violation("comment", "validation.maxLength", MAX_COMMENT));
        }
        tasks.comment(task, comment, scope);
    }

    static boolean acceptsScans(FormDefinition form) {
        return form.keys().stream().anyMatch(SIGNATURE_FIELDS::contains);
    }

    private static FormResult refused(Violation violation) {
        return new FormResult(Map.of(), List.of(violation));
    }

}
