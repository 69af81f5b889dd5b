package org.jingzhun.inbox;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The inbox as JSON for machine clients (HTTP Basic), with the same parameters and scoping as the page. */
@RestController
@RequestMapping("/api/inbox")
class InboxApiController {

    private final InboxService inbox;

    private final CurrentUser currentUser;

    InboxApiController(InboxService inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The caller's open tasks: one page of a tab (default mine) with filters, search and sort, "
            + "and every tab's count")
    @GetMapping
    InboxResponse list(@ParameterObject InboxForm form) {
        UserScope scope = currentUser.scope();
        InboxQuery query = form.toQuery();
        return InboxResponse.of(query, inbox.counts(scope), inbox.page(scope, query));
    }

    @Operation(summary = "Claim a task: 404 when it is not open in the caller's groups and areas, 409 when another "
            + "user holds it")
    @PostMapping("/{taskId}/claim")
    ResponseEntity<ClaimResult> claim(@PathVariable String taskId) {
        return answer(inbox.claim(taskId, currentUser.scope()));
    }

    @Operation(summary = "Give a task back to its groups: 403 when another user holds it")
    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<ClaimResult> unclaim(@PathVariable String taskId) {
        return answer(inbox.unclaim(taskId, currentUser.scope()));
    }

    @Operation(summary = "Claim up to 100 tasks; one result per task, each in its own transaction")
    @PostMapping("/claim")
    ResponseEntity<List<ClaimResult>> bulkClaim(@RequestBody BulkClaim request) {
        List<String> ids = request.taskIds() == null ? List.of() : request.taskIds().stream().distinct().toList();
        if (ids.isEmpty() || ids.size() > InboxService.MAX_BULK) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(inbox.bulkClaim(ids, currentUser.scope()));
    }

    record BulkClaim(List<String> taskIds) {
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }

    private static ResponseEntity<ClaimResult> answer(ClaimResult result) {
        return switch (result.outcome()) {
            case GONE -> throw new NotFoundException("task " + result.taskId());
            case ALREADY_CLAIMED -> ResponseEntity.status(HttpStatus.CONFLICT).body(result);
            case NOT_YOURS -> ResponseEntity.status(HttpStatus.FORBIDDEN).body(result);
            default -> ResponseEntity.ok(result);
        };
    }

}
