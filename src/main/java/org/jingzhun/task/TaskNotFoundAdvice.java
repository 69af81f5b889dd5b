package org.jingzhun.task;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.jingzhun.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A task, attachment or household outside the user's reach answers 404 through the ordinary error page, which names
 * nothing of what was asked for (design.md principle 5).
 */
@ControllerAdvice(basePackages = { "org.jingzhun.task", "org.jingzhun.approval" })
class TaskNotFoundAdvice {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

}
