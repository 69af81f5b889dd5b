package org.jingzhun.household.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jingzhun.household.HouseholdFileService;
import org.jingzhun.household.HouseholdRegister;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.RegisterPage;
import org.jingzhun.household.RegisterQuery;
import org.jingzhun.household.RegisterRow;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.LifecycleService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The register, the file and new applications as JSON (HTTP Basic). Same scope, roles and validation as the pages: a
 * household outside the caller's areas is 404, an application by a non-cadre 403, and one for a village that is not
 * the cadre's is a 400 field error on {@code villageCode}, like any other invalid field.
 */
@RestController
@RequestMapping("/api/households")
class HouseholdApiController {

    private final HouseholdRegister register;

    private final HouseholdFileService files;

    private final LifecycleService lifecycle;

    private final ViolationTexts texts;

    private final CurrentUser currentUser;

    HouseholdApiController(HouseholdRegister register, HouseholdFileService files, LifecycleService lifecycle,
            ViolationTexts texts, CurrentUser currentUser) {
        this.register = register;
        this.files = files;
        this.lifecycle = lifecycle;
        this.texts = texts;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Search the register within the caller's areas: q matches the household number, the head's "
            + "name or a member's ID number; filters village, status, stage; page from 0, size up to 100")
    @GetMapping
    PageJson list(@ParameterObject RegisterQuery query) {
        RegisterPage page = register.search(query, currentUser.scope());
        return new PageJson(page.rows(), page.page(), page.size(), page.total(), page.totalPages());
    }

    @Operation(summary = "A household's file: profile, members (ID numbers masked but for the village's cadres), "
            + "a summary of the three ledgers, status, stage, open steps and the current steps; 404 outside the "
            + "caller's areas")
    @GetMapping("/{id}")
    HouseholdJson get(@PathVariable Long id) {
        return HouseholdJson.of(files.file(id, currentUser.scope()));
    }

    @Operation(summary = "A cadre's new household application: stores it and starts its lifecycle (first step "
            + "Task_SurveyHousehold); 201 with Location, 400 with every field error, 403 for a caller who is not a "
            + "cadre", responses = {
                @ApiResponse(responseCode = "201", description = "created"),
                @ApiResponse(responseCode = "400", description = "invalid fields, a village that is not the cadre's "
                        + "included", content = @Content(schema = @Schema(implementation = ErrorsJson.class))),
                @ApiResponse(responseCode = "403", description = "the caller is not an assistance cadre") })
    @PostMapping
    ResponseEntity<HouseholdJson> create(@RequestBody HouseholdApplication application) {
        UserScope scope = currentUser.scope();
        Applicants.requireCadre(scope);
        Applicants.outsideVillages(scope, application.villageCode()).ifPresent(violation -> {
            throw new ValidationException(violation);
        });
        Long id = lifecycle.apply(application, scope.userId());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
            .body(HouseholdJson.of(files.file(id, scope)));
    }

    @ExceptionHandler(ValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorsJson invalid(ValidationException e, Locale locale) {
        return new ErrorsJson(e.getViolations().stream().map(v -> error(v, locale)).toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorsJson unreadable(HttpMessageNotReadableException e, Locale locale) {
        String field = e.getCause() instanceof JsonMappingException mapping ? path(mapping) : "";
        return new ErrorsJson(List.of(error(new Violation(field, "validation.unreadable"), locale)));
    }

    private FieldError error(Violation violation, Locale locale) {
        return new FieldError(violation.field(), violation.code(), texts.text(violation, locale));
    }

    // "members[1].idNumber", as the service names fields
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
            else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    record PageJson(List<RegisterRow> content, int page, int size, long totalElements, int totalPages) {
    }

    record ErrorsJson(List<FieldError> errors) {
    }

    record FieldError(String field, String code, String message) {
    }

}
