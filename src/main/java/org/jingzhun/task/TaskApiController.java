package org.jingzhun.task;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jingzhun.forms.FormResult;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.system.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Completing a step from a JSON client, validated exactly as the task page validates it. */
@RestController
class TaskApiController {

    private final TaskPageService tasks;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    TaskApiController(TaskPageService tasks, CurrentUser currentUser, MessageSource messages) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Operation(summary = "Complete a step with its form's values",
            description = "The body holds the values by form key, e.g. "
                    + "{\"decision\": \"approve\", \"reason\": \"…\"}; "
                    + "dynamic lists are arrays of objects. The values are checked against the step's form, then "
                    + "by the step itself, which records them.")
    @ApiResponse(responseCode = "204", description = "Completed")
    @ApiResponse(responseCode = "400", description = "Refused: {errors: [{field, code, message}]}; nothing changed")
    @ApiResponse(responseCode = "404", description = "No such open step among the caller's")
    @PostMapping("/api/inbox/{taskId}/complete")
    ResponseEntity<ErrorList> complete(@PathVariable String taskId,
            @RequestBody(required = false) Map<String, Object> values) {
        FormResult result = tasks.complete(taskId, values == null ? Map.of() : values, currentUser.scope());
        if (result.isValid()) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.badRequest()
            .body(new ErrorList(result.errors().stream().map(this::error).toList()));
    }

    private FieldError error(Violation violation) {
        return new FieldError(violation.field(), violation.code(),
                messages.getMessage(violation.code(), violation.args(), violation.code(),
                        LocaleContextHolder.getLocale()));
    }

    record ErrorList(List<FieldError> errors) {
    }

    record FieldError(String field, String code, String message) {
    }

}
