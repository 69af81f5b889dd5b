package org.jingzhun.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.inbox.ClaimResult.Outcome;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The user's open tasks from the read model, scoped to their areas and groups, and claiming them. Listing never asks
 * the engine; claiming goes through the engine so that its listeners keep the read model current.
 */
@Service
public class InboxService {

    /** A bulk claim takes at most one full page of the inbox. */
    public static final int MAX_BULK = InboxQuery.MAX_SIZE;

    private final InboxQueries queries;

    private final TaskService taskService;

    private final AreaService areas;

    private final Today today;

    private final TransactionTemplate transaction;

    InboxService(InboxQueries queries, TaskService taskService, AreaService areas, Today today,
            PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.taskService = taskService;
        this.areas = areas;
        this.today = today;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public InboxPage page(UserScope scope, InboxQuery query) {
        InboxPage page = queries.page(scope, query, today.now());
        if (page.items().isEmpty() && query.page() > 1) {
            return new InboxPage(page.items(), query.page(), query.size(), query.filtered() ? 0
                    : queries.total(scope, query.tab(), today.now()));
        }
        return page;
    }

    @Transactional(readOnly = true)
    public InboxCounts counts(UserScope scope) {
        return queries.counts(scope, today.now());
    }

    /** Where a user without a chosen tab starts: their own work, or the claimable work when they have none. */
    public InboxTab defaultTab(InboxCounts counts) {
        return counts.mine() == 0 && counts.groups() > 0 ? InboxTab.GROUPS : InboxTab.MINE;
    }

    @Transactional(readOnly = true)
    public List<StepOption> steps(UserScope scope) {
        return queries.steps(scope, today.now());
    }

    /** The villages the user's areas cover, for the village filter. */
    public List<Area> villages(UserScope scope) {
        if (scope.isAdmin()) {
            return areas.villagesUnder("");
        }
        return scope.prefixes().stream().flatMap(prefix -> areas.villagesUnder(prefix).stream()).distinct().toList();
    }

    /** The task as the inbox shows it, if the user may act on it. */
    @Transactional(readOnly = true)
    public Optional<InboxItem> find(String taskId, UserScope scope) {
        return queries.visible(taskId, scope, today.now());
    }

    public ClaimResult claim(String taskId, UserScope scope) {
        return inOwnTransaction(taskId, scope, () -> {
            Optional<InboxItem> found = find(taskId, scope);
            if (found.isEmpty()) {
                return ClaimResult.gone(taskId);
            }
            InboxItem item = found.get();
            if (item.assignedTo(scope.userId())) {
                return ClaimResult.of(item, Outcome.ALREADY_YOURS, item.assignee());
            }
            if (!item.claimable()) {
                return ClaimResult.of(item, Outcome.ALREADY_CLAIMED, item.assignee());
            }
            taskService.claim(taskId, scope.userId());
            return ClaimResult.of(item, Outcome.CLAIMED, scope.userId());
        });
    }

    /** Gives the task back to its groups; only its assignee can. */
    public ClaimResult unclaim(String taskId, UserScope scope) {
        return inOwnTransaction(taskId, scope, () -> {
            Optional<InboxItem> found = find(taskId, scope);
            if (found.isEmpty()) {
                return ClaimResult.gone(taskId);
            }
            InboxItem item = found.get();
            if (!item.assignedTo(scope.userId())) {
                return ClaimResult.of(item, Outcome.NOT_YOURS, item.assignee());
            }
            taskService.setAssignee(taskId, null);
            return ClaimResult.of(item, Outcome.UNCLAIMED, null);
        });
    }

    /**
     * Claims each task in its own transaction, so that one taken meanwhile does not undo the others; one result per
     * distinct id, in the order given. At most {@link #MAX_BULK} ids.
     */
    public List<ClaimResult> bulkClaim(List<String> taskIds, UserScope scope) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(taskIds);
        if (distinct.size() > MAX_BULK) {
            throw new IllegalArgumentException("At most " + MAX_BULK + " tasks can be claimed at once");
        }
        List<ClaimResult> results = new ArrayList<>();
        distinct.forEach(taskId -> results.add(claim(taskId, scope)));
        return results;
    }

    /**
     * Runs one claim in a transaction of its own. A concurrent change (another claim, a completion) fails the engine
     * command and rolls the transaction back; the read model, read again afterwards, says what happened.
     */
    private ClaimResult inOwnTransaction(String taskId, UserScope scope, Supplier<ClaimResult> work) {
        try {
            return transaction.execute(status -> work.get());
        }
        catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            return afterConflict(taskId, scope);
        }
        catch (ProcessEngineException e) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                return ClaimResult.gone(taskId);
            }
            throw e;
        }
    }

    private ClaimResult afterConflict(String taskId, UserScope scope) {
        return transaction.execute(status -> find(taskId, scope))
            .map(item -> ClaimResult.of(item,
                    item.assignedTo(scope.userId()) ? Outcome.ALREADY_YOURS : Outcome.ALREADY_CLAIMED,
                    item.assignee()))
            .orElseGet(() -> ClaimResult.gone(taskId));
    }

}
